package org.fonds.deliberation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.fonds.deliberation.Corpus;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;

/**
 * {@link Sketch#of} finds its words by code point instead of a regex split: held to the split it
 * stands for (kept here) on the real records, the seeds, generated records and random texts of
 * letters, numbers, marks, surrogates and the letters whose lower case is longer or depends on
 * what follows (İ, final sigma).
 */
class SketchWordsTest {
    @Test
    @NeedsShared("corpus/real/docs")
    void theRealRecordsSketchAsBefore() {
        for (ArchiveRecord r : Corpus.parsed(Seeds.corpus("real/docs")).values()) same(r);
    }

    @Test
    @NeedsShared("corpus/seeds")
    void theSeedsAndGeneratedRecordsSketchAsBefore() {
        for (ArchiveRecord r : Seeds.records()) same(r);
        Generator g = new Generator(1956);
        for (int i = 0; i < 3_000; i++) same(g.generate(i).expected());
    }

    @Test
    void randomTextsSketchAsBefore() {
        String[] parts = {"a", "Kádár", "ΣΟΦΟΣ", "σοφος", "İstanbul", "ǅ", "Ⅻ", "½", "٣", "ª", "ʰ", "x\u0301", "\uD835\uDC00", "\uD83D\uDE00",
                "\uD800", "\uDC00", "日本", "—", "-", "'", "’", " ", "\n", "\t", ".", ",", "9", "Z", "_", "\u00A0", "\u2028", "ß", "ﬁ",
                "Ǆ", "the", "Khrushchev's", "1956"};
        Random random = new Random(1956);
        int sketched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) text.append(parts[random.nextInt(parts.length)]);
            if (same(text.toString())) sketched++;
        }
        assertThat(sketched).as("random texts long enough for a sketch").isGreaterThan(10_000);
    }

    private static void same(ArchiveRecord r) {
        same(r.body());
        same(r.title() == null ? "" : r.title());
        for (Note n : r.notes()) same(n.text());
    }

    /** Asserts the sketch and the word hashes are the split's; true when the text had words enough for a sketch. */
    private static boolean same(String text) {
        int[] before = Arrays.stream(splitWords(text)).mapToInt(String::hashCode).toArray();
        assertThat(Sketch.wordHashes(text.toLowerCase(Locale.ROOT))).as(text).containsExactly(before);
        long[] sketch = Sketch.of(text);
        assertThat(sketch).as(text).containsExactly(splitSketch(text));
        return sketch.length > 0;
    }

    /** The words as {@link Sketch#of} found them before: a regex split of the lower-cased text. */
    private static String[] splitWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** {@link Sketch#of} as it was. */
    private static long[] splitSketch(String text) {
        String[] words = splitWords(text);
        int n = words.length;
        if (n < 4) return new long[0];
        long[] mins = new long[Sketch.SIZE];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (int i = 0; i + 4 <= n; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + 4; k++) h = 31 * h + words[k].hashCode();
            for (int s = 0; s < Sketch.SIZE; s++) {
                long v = Sketch.mix(h + s * 0x9E3779B97F4A7C15L);
                if (v < mins[s]) mins[s] = v;
            }
        }
        return mins;
    }
}
