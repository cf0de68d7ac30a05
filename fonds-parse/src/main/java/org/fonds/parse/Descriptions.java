package org.fonds.parse;

import java.util.ArrayList;
import java.util.List;
import org.fonds.parse.describe.Correspondents;
import org.fonds.parse.describe.Kinds;
import org.fonds.parse.describe.Provenance;
import org.fonds.parse.layout.Layout;
import org.fonds.parse.layout.Line;
import org.fonds.record.Description;

/** Puts together what a record says of itself (kind, parties, place, marking, translators, chair). */
final class Descriptions {
    /** The facts sit in the header and the first lines of the text: no further. */
    private static final int LINES = 30;
    private static final int CHAIR_REACH = 3000;

    private Descriptions() {
    }

    static Description describe(Layout layout, Frame frame, String title, String body, List<Line> head,
                                boolean speakerLists) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < head.size() && i < LINES; i++) lines.add(head.get(i).text());
        String kind = Kinds.of(title, lines, speakerLists);
        Correspondents.Parties parties = Correspondents.of(title, kind, lines);
        if (parties.from().isEmpty()) parties = new Correspondents.Parties(Correspondents.signer(kind, body), parties.to());
        String citation = frame.citation() == null ? "" : frame.citation().text();
        String classification = frame.classification() != null ? frame.classification() : Provenance.classification(lines);
        return new Description(layout.name(), kind, parties.from(), parties.to(), Provenance.place(title, lines),
                classification, Provenance.translators(citation),
                Provenance.chair(body.substring(0, Math.min(body.length(), CHAIR_REACH))));
    }
}
