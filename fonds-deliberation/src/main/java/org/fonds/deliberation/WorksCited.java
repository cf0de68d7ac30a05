package org.fonds.deliberation;

import java.util.ArrayList;
import java.util.List;
import org.fonds.deliberation.Extract.CitedWork;
import org.fonds.deliberation.people.CitedTitles;
import org.fonds.deliberation.tables.Citation;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;

/** The works a record's notes cite ({@link CitedTitles} finds them), each with the note that cites it. */
final class WorksCited {
    private WorksCited() {
    }

    static List<CitedWork> in(ArchiveRecord record) {
        List<CitedWork> out = new ArrayList<>();
        for (Note n : record.notes()) note(n.text(), new Citation(record.id(), "note " + n.n(), null, null), out);
        return out;
    }

    /** Adds the works cited in one note's {@code text} to {@code out}. */
    static void note(String text, Citation where, List<CitedWork> out) {
        for (CitedTitles.Title t : CitedTitles.in(text)) out.add(new CitedWork(t.text(), t.kind(), where));
    }
}
