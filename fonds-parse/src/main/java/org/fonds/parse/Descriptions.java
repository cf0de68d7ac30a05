package org.fonds.parse;

import java.util.ArrayList;
import java.util.List;
import org.fonds.parse.describe.Correspondents;
import org.fonds.parse.describe.Kinds;
import org.fonds.parse.describe.PrintedCopies;
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

    /** The text up to its first full stop, within its first paragraph and 120 chars. */
    private static String firstSentence(String body) {
        int end = Math.min(body.length(), 120);
        int newline = body.indexOf('\n');
        if (newline >= 0 && newline < end) end = newline;
        int stop = body.indexOf(". ");
        if (stop >= 0 && stop < end) end = stop + 1;
        return body.substring(0, end);
    }

    /**
     * A title in capitals ("TELEGRAM FROM SOVIET AMBASSADOR TO THE USA DOBRYNIN TO THE USSR MFA", the archive's legacy
     * page) is read for sender and addressee as the citation quotes it, in its own case, where the two are the same
     * words: who is named is then told from the words around him ("to the USA" a post's, "to the USSR MFA" the addressee).
     */
    private static String cased(String title, Frame frame) {
        if (frame.citation() == null || frame.citation().quotedTitle() == null || title.chars().anyMatch(Character::isLowerCase)) {
            return title;
        }
        String quoted = org.fonds.parse.header.TitleBlock.cleanTitle(org.fonds.parse.text.Chars.trimEnd(frame.citation().quotedTitle(), ","));
        return quoted.equalsIgnoreCase(title) ? quoted : title;
    }

    private static List<String> keeper(String title) {
        String keeper = org.fonds.parse.describe.JournalKeeper.of(title);
        return keeper == null ? List.of() : List.of(keeper);
    }

    static Description describe(Layout layout, Frame frame, String title, String body, List<Line> head,
                                boolean speakerLists) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < head.size() && i < LINES; i++) lines.add(head.get(i).text());
        String kind = layout.kind(head).orElseGet(() -> Kinds.of(title, lines, speakerLists));
        // a layout with fields for sender and addressees (a cable's "FM" and "TO" lines) says who they are
        List<String> sender = layout.from(head);
        Correspondents.Parties parties = sender.isEmpty() ? Correspondents.of(cased(title, frame), kind, lines)
                : new Correspondents.Parties(sender, layout.to(head));
        // a layout's field of addressees where nothing names the sender (CREST's "MEMORANDUM FOR:" lines, unsigned)
        if (parties.to().isEmpty()) parties = new Correspondents.Parties(parties.from(), layout.to(head));
        if (parties.from().isEmpty()) parties = new Correspondents.Parties(Correspondents.signer(kind, body), parties.to());
        if (parties.from().isEmpty()) parties = new Correspondents.Parties(layout.signer(body), parties.to());
        // no signature under a journal's entry: the keeper its title names wrote it
        if (parties.from().isEmpty()) parties = new Correspondents.Parties(keeper(cased(title, frame)), parties.to());
        // no heading or signature names the sender: the letterhead above the classification may
        if (parties.from().isEmpty()) parties = new Correspondents.Parties(Correspondents.letterhead(lines).stream().toList(), parties.to());
        // no heading or address names the addressees: the copies printed after the signature may
        if (parties.to().isEmpty()) parties = new Correspondents.Parties(parties.from(), PrintedCopies.addressees(body));
        String citation = frame.citation() == null ? "" : frame.citation().text();
        String classification = frame.classification() != null ? frame.classification() : Provenance.classification(lines);
        String place = layout.place(head).orElseGet(() -> Provenance.place(title, lines));
        // a record run together on one line: its place line ("In the Kremlin 27.V.46") opens the text
        if (place == null && !body.isEmpty()) place = Provenance.place("", List.of(firstSentence(body)));
        List<String> translators = layout.translators(head);
        if (translators.isEmpty()) translators = Provenance.translators(citation);
        return new Description(layout.name(), kind, parties.from(), parties.to(), place,
                classification, translators,
                Provenance.chair(body.substring(0, Math.min(body.length(), CHAIR_REACH))));
    }
}
