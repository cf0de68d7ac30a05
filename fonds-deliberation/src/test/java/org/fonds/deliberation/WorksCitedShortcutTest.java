package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.deliberation.Extract.CitedWork;
import org.fonds.deliberation.people.CitedTitles;
import org.fonds.deliberation.tables.Citation;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;

/**
 * {@link WorksCited} runs each pattern only on a note that holds what every match of it must hold
 * (a quote, "Vol.", "(", then ":", then ")", ", vol."): it must find exactly what every pattern tried
 * on every note finds, on the real records, the seeds, generated records and random notes.
 */
class WorksCitedShortcutTest {
    private static final Citation WHERE = new Citation("doc", "note 1", null, null);

    @Test
    @NeedsShared("corpus/real/docs")
    void theRealRecordsNotesCiteWhatEveryPatternOnEveryNoteFinds() throws IOException {
        int notes = 0;
        for (ArchiveRecord r : Corpus.parsed(Seeds.corpus("real/docs")).values()) {
            for (Note n : r.notes()) {
                same(n.text());
                notes++;
            }
        }
        assertThat(notes).as("notes of the real records").isGreaterThan(0);
    }

    @Test
    @NeedsShared("corpus/seeds")
    void theSeedsAndGeneratedRecordsCiteTheSame() {
        int found = 0;
        for (ArchiveRecord r : Seeds.records()) for (Note n : r.notes()) found += same(n.text());
        assertThat(found).as("works cited in the seeds' notes").isGreaterThan(0);
        Generator g = new Generator(1956);
        found = 0;
        for (int i = 0; i < 500; i++) for (Note n : g.generate(i).expected().notes()) found += same(n.text());
        assertThat(found).as("works cited in generated notes").isGreaterThan(0);
    }

    @Test
    void randomNotesCiteTheSame() {
        String[] parts = {"\"", "“", "”", "Vypiska iz protokola", "TsK KPSS", ",", ", ", "\" ", "” ", " in APRF", " in the TsKhSD",
                " in RGANI", "Multunk", " (Budapest)", ", Vol. 40", ", No. 3", " Vol.", "Vol. 7", " vol. 1", ", vol. 2", " (", ")", ":",
                "Moscow: Veteran MP, 1995", " (Penguin: London, 1993)", "by ", "Bobkov", "KGB i vlast'", "The Hungarian Quarterly",
                " in ", "1956", ". ", "; ", "\n", "𐐀𐐨"};
        Random random = new Random(1956);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int k = 0; k < length; k++) text.append(parts[random.nextInt(parts.length)]);
            found += same(text.toString());
        }
        assertThat(found).as("random notes citing a work").isGreaterThan(1_000);
    }

    /** Asserts the note gives what every pattern tried on it gives; returns the works found. */
    private static int same(String text) {
        List<CitedWork> shortcut = new ArrayList<>();
        WorksCited.note(text, WHERE, shortcut);
        List<CitedWork> everywhere = everywhere(text);
        assertThat(shortcut).as(text).isEqualTo(everywhere);
        return everywhere.size();
    }

    /** The note read as before the shortcut: every pattern on every note. */
    private static List<CitedWork> everywhere(String text) {
        List<CitedWork> out = new ArrayList<>();
        Set<Integer> articles = new HashSet<>();
        Matcher a = CitedTitles.ARTICLE.matcher(text);
        while (a.find()) {
            articles.add(a.start());
            out.add(new CitedWork(a.group(1).strip(), "article", WHERE));
            out.add(new CitedWork(a.group(2).strip(), "periodical", WHERE));
        }
        Matcher d = CitedTitles.DOCUMENT.matcher(text);
        while (d.find()) {
            if (!articles.contains(d.start())) out.add(new CitedWork(d.group(1).strip(), "document", WHERE));
        }
        add(text, CitedTitles.PERIODICAL, "periodical", out);
        add(text, CitedTitles.BOOK, "book", out);
        add(text, CitedTitles.BOOK_VOLUME, "book", out);
        return out;
    }

    private static void add(String text, Pattern pattern, String kind, List<CitedWork> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(new CitedWork(m.group(1).strip(), kind, WHERE));
    }
}
