package org.fonds.search.contract;

import java.util.List;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Description;
import org.fonds.record.Note;

/** Records written for one point each: spellings of a name, hostile markup in text. */
public final class Crafted {
    private Crafted() {}

    public static List<ArchiveRecord> records() {
        return List.of(
                record("t-exact", "Rokossovsky", "Marshal Rokossovsky reported on the troops.", List.of()),
                record("t-sound", "Rokossowski", "Marschall Rokossowski berichtete.", List.of()),
                record("t-hostile", "Nobody",
                        "<script>alert('x')</script> The principles of Pancha Shila, <b>bold</b> & \"quoted\".",
                        List.of(new Note(1, "<img src=x onerror=alert(1)> On Pancha Shila.", List.of()))),
                telegram());
    }

    /** A telegram, with sender, addressee, place and marking, as the parser gives them for real ones. */
    public static ArchiveRecord telegram() {
        return record("t-telegram", "Roshchin", "The ambassador reports on the talks in Beijing.", List.of())
                .describedAs(new Description("plain", "telegram", List.of("Roshchin"), List.of("Filippov [Stalin]"), "Beijing",
                        "Top Secret", List.of(), null));
    }

    static ArchiveRecord record(String id, String participant, String body, List<Note> notes) {
        return new ArchiveRecord(id, "Crafted record " + id, "1960-01-0" + (1 + Math.abs(id.hashCode()) % 9), null, "",
                "Fonds tests", null, List.of(), null, "", List.of(), null, null, "A record written for a test.",
                "English", "English", List.of(participant), List.of(), List.of(), List.of(), body, notes, List.of(),
                List.of(), List.of());
    }
}
