package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The parser's time grows linearly with its input, even on pathological input: an 8 MB record
 * must parse in less than {@value #MAX_RATIO} times the time of a 1 MB one of the same make
 * (linear is 8, quadratic 64), and within {@link #CAP} in any case. This checks complexity, not
 * speed: the bound is loose so that a loaded two-core machine does not make it flake, and each size
 * is measured after a warm-up, best of three.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LinearTimeTest {
    private static final int SMALL = 1_000_000;
    private static final int LARGE = 8_000_000;
    private static final double MAX_RATIO = 20;
    private static final Duration CAP = Duration.ofSeconds(30);
    /** Below this a measurement is noise; a small run is never counted as faster. */
    private static final long FLOOR_NANOS = 50_000_000;

    @Test
    void a_seed_with_its_body_repeated() {
        SeedParts parts = SeedParts.of(Seeds.largest());
        assertLinear("seed body repeated", parts::withBodyRepeatedTo);
    }

    @Test
    void one_line_of_comrades_joined_by_commas() {
        assertLinear("Cde. A, Cde. B, Cde. C, …", size -> inBody("Cde. A, Cde. B, Cde. C, ", size));
    }

    @Test
    void unclosed_note_markers() {
        assertLinear("(1(1(1…", size -> inBody("(1", size));
    }

    @Test
    void open_parentheses() {
        assertLinear("((((((…", size -> inBody("((((((", size));
    }

    @Test
    void archival_reference_beginnings_in_a_note() {
        assertLinear("F. 3, Op. … in a note", size -> Fiction.record(
                "The crane (1) is broken.\n\nTranslator's Notes\n\n1 See GAKO, " + repeat("F. 3, Op. ", size)));
    }

    @Test
    void archival_reference_beginnings_in_the_citation() {
        assertLinear("F. 3, Op. … in the citation", size -> Fiction.recordWithCitation(
                "\"Minutes\", March 3, 1961, Wilson Center Digital Archive, GAKO, " + repeat("F. 3, Op. ", size)
                        + " <" + Fiction.URL + ">",
                "Cde. Orlov: The crane is broken."));
    }

    @Test
    void numbered_notes_without_end() {
        assertLinear("1 A note. 2 A note. …", size -> {
            StringBuilder notes = new StringBuilder();
            for (int n = 1; notes.length() < size; n++) notes.append(n).append(" A note on the crane. ");
            return Fiction.record("The crane (1) is broken.\n\nTranslator's Notes\n\n" + notes);
        });
    }

    @Test
    void lists_of_those_taking_part_on_one_line() {
        assertLinear("Those Taking Part: A, …", size -> inBody("Those Taking Part: A, ", size));
    }

    @Test
    void turns_of_many_distinct_speakers() {
        assertLinear("Cde. Ka: yes. Cde. Kb: yes. …", size -> {
            StringBuilder body = new StringBuilder();
            for (int i = 0; body.length() < size; i++) body.append("Cde. ").append(name(i)).append(": Yes. ");
            return Fiction.record(body.toString());
        });
    }

    private static void assertLinear(String what, IntFunction<String> recordOfSize) {
        byte[] small = recordOfSize.apply(SMALL).getBytes(StandardCharsets.UTF_8);
        byte[] large = recordOfSize.apply(LARGE).getBytes(StandardCharsets.UTF_8);
        // warm-up; and the input must be a record, or the test would time a refusal
        assertTimeoutPreemptively(CAP, () -> Parsing.accept(small), () -> what + ": 1 MB took longer than " + CAP.toSeconds() + " s");
        // a machine busy with other work can slow one size and not the other: a ratio over the bound is
        // measured afresh, up to three times; a parser that is not linear fails every time
        long t1 = 0;
        long t8 = 0;
        double ratio = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && ratio >= MAX_RATIO; attempt++) {
            t1 = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) t1 = Math.min(t1, time(small, what));
            long bound = (long) (Math.max(t1, FLOOR_NANOS) * MAX_RATIO);
            t8 = Long.MAX_VALUE;
            // best of three; a run already within the bound settles the verdict
            for (int run = 0; run < 3 && t8 >= bound; run++) t8 = Math.min(t8, time(large, what));
            ratio = (double) t8 / Math.max(t1, FLOOR_NANOS);
        }
        System.out.printf("linear time: %-40s 1 MB %6d ms, 8 MB %6d ms, ratio %5.1f%n", what, t1 / 1_000_000,
                t8 / 1_000_000, ratio);
        assertThat(ratio).as("%s: 8 MB in %d ms, 1 MB in %d ms", what, t8 / 1_000_000, t1 / 1_000_000)
                .isLessThan(MAX_RATIO);
    }

    /** Nanoseconds to parse {@code input}, failing past {@link #CAP} (a runaway parse is left to its daemon thread). */
    private static long time(byte[] input, String what) {
        return assertTimeoutPreemptively(CAP, () -> {
            System.gc();
            long start = System.nanoTime();
            ParseOutcome outcome = Parsing.parse(input);
            long elapsed = System.nanoTime() - start;
            assertThat(Parsing.isParserFailure(outcome)).as("the parser failed: %s", outcome).isFalse();
            return elapsed;
        }, () -> what + ": " + input.length / 1_000_000 + " MB took longer than " + CAP.toSeconds() + " s");
    }

    private static String inBody(String unit, int size) {
        return Fiction.record("The crane (1) is broken. " + repeat(unit, size)
                + "\n\nTranslator's Notes\n\n1 The old crane.");
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }

    private static String name(int i) {
        StringBuilder s = new StringBuilder("K");
        do {
            s.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return s.toString();
    }
}
