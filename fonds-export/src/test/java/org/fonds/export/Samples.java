package org.fonds.export;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.DateRange;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.fonds.record.PublishedIn;
import org.fonds.record.Turn;
import org.fonds.synth.Generator;

/** The records the export tests write: the shared seeds, generated ones and a hostile one. */
final class Samples {
    static final LocalDate ACCESSED = LocalDate.of(2026, 4, 21);

    /** Text with everything a format must escape or drop: markup, LaTeX specials, quotes, controls. */
    static final String NASTY = "<script>alert(\"x&y\")</script> & \"q\" 'a' }{ {% 100\\% \\ \\end{document} "
            + "$x^2_1$ #1 ~ @misc{ ]]> \u0000\u0007\u001B\u0085 \uD800 ER  - TY  - Kádár ½";

    private Samples() {
    }

    static Citing citing(ArchiveRecord r) {
        return Citing.at("http://127.0.0.1:8080", r.id(), ACCESSED, 3);
    }

    /** The sample exports of {@code ${fonds.shared}/corpus/seeds}, parsed. */
    static List<ArchiveRecord> seeds() {
        return Seeds.records();
    }

    /** {@code count} generated records (seed 1956), as the generator states them. */
    static List<ArchiveRecord> generated(int count) {
        Generator g = new Generator(1956);
        return IntStream.range(0, count).mapToObj(i -> g.generate(i).expected()).toList();
    }

    /** A record whose every text field is {@link #NASTY}, with a body of about a megabyte. */
    static ArchiveRecord hostile() {
        String paragraph = "Cde. O'Brien <b>&amp;</b>: " + NASTY + " end.";
        StringBuilder body = new StringBuilder(NASTY).append("\n\n");
        while (body.length() < 1_000_000) body.append(paragraph).append("\n\n");
        String bodyText = body.toString();
        int turnAt = bodyText.indexOf(": " + NASTY + " end.") + 2;
        ArchivalReference ref = new ArchivalReference("Ts}KhSD{", "3%", "12&", null, "1006\\", "19-22", NASTY);
        return new ArchiveRecord("hostile-1", NASTY + "\nsecond line", "1956-07-09", new DateRange("1956-07-09", "1956-07-12"),
                NASTY, NASTY, "https://example.org/document/1?a=b&c={d}", List.of("https://example.org/document/1?a=b&c={d}", "not a url " + NASTY),
                "1", NASTY, List.of(ref), NASTY, new PublishedIn(NASTY, "8-9}", "394-395"), NASTY, "Russian", "English",
                List.of("O'Brien <b>&amp;</b>", "Kádár", "Kadar", "名前"), List.of("O'Brien <b>&amp;</b>"),
                List.of(new Turn(List.of("O'Brien <b>&amp;</b>"), NASTY + " end.", List.of(1))), List.of(),
                bodyText, List.of(new Note(1, NASTY, List.of()), new Note(2, "never marked " + NASTY, List.of()), new Note(3, NASTY + " 3", List.of())),
                List.of(new NoteMarker(1, 5), new NoteMarker(1, turnAt + 3), new NoteMarker(7, 9), new NoteMarker(3, bodyText.length() + 50)),
                List.of(), List.of());
    }
}
