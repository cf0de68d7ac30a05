package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fonds.deliberation.Corpus;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;

/**
 * {@link PersonName#parse} keeps the readings of the forms it saw last: asked again, on any thread,
 * and after it has started afresh, it gives what reading the form anew gives.
 */
class PersonNameReadingsTest {
    @Test
    @NeedsShared("corpus/real/docs")
    void everyRunOfTheRealRecordsReadsAsAFreshReading() {
        List<String> forms = new ArrayList<>();
        for (ArchiveRecord r : Corpus.parsed(Seeds.corpus("real/docs")).values()) forms.addAll(runs(r));
        assertThat(forms).hasSizeGreaterThan(1_000);
        twice(forms);
    }

    @Test
    void runsOfGeneratedRecordsAndFormsThatDifferInLittleReadAsFreshReadings() {
        List<String> forms = new ArrayList<>();
        Generator g = new Generator(1956);
        for (int i = 0; i < 300; i++) forms.addAll(runs(g.generate(i).expected()));
        // forms a looser key would take for one another: case, spaces, dots, brackets, possessives
        String[] parts = {"Cde.", "cde.", "Cdes.", "N.S.", "N. S.", "Khrushchev", "KHRUSHCHEV", "khrushchev", "Khrushchev's",
                "Kádár", "Kadar", "L.", "Khrush.", "A[nastas]", "Mikoyan", "The", "KGB", "Kovacs", "Bela", "Zhou", "Enlai", " ", "  ", "-"};
        Random random = new Random(1956);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder form = new StringBuilder();
            for (int k = 1 + random.nextInt(4); k > 0; k--) form.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
            forms.add(form.toString());
        }
        twice(forms);
    }

    @Test
    void readingsKeptBeyondTheLimitStillReadAsFreshReadings() {
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < PersonName.KEPT + 1_000; i++) forms.add("Cde. Ivanov" + Integer.toString(i, 26).replaceAll("\\d", "x"));
        twice(forms);
    }

    /** Each form read through {@link PersonName#parse} twice (the second from what was kept) equals a fresh reading. */
    private static void twice(List<String> forms) {
        for (int round = 0; round < 2; round++) {
            forms.parallelStream().forEach(f -> assertThat(PersonName.parse(f)).as(f).isEqualTo(PersonName.read(f)));
        }
    }

    private static List<String> runs(ArchiveRecord r) {
        List<String> out = new ArrayList<>();
        for (String text : texts(r)) for (Runs.Run run : Runs.find(text)) out.add(run.text());
        return out;
    }

    private static List<String> texts(ArchiveRecord r) {
        List<String> out = new ArrayList<>(List.of(r.title(), r.summary() == null ? "" : r.summary(), r.body()));
        for (Note n : r.notes()) out.add(n.text());
        return out;
    }
}
