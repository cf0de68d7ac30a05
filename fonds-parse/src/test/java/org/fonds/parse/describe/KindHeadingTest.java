package org.fonds.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A heading line naming the kind ("TRANSCRIPT of the talks", "2 RECORD") is tried with its pattern only after a cheap check of its first word. */
class KindHeadingTest {
    private static final String[] PIECES = {"TRANSCRIPT", "INFORMATION", "RECORD", "Record", "MINUTES", "PROTOCOL", "REPORT",
            "Report", "1", "12", "123", "1234", " ", " of", " about", " on", " the talks", "x", "T", "RECORDS", "\u0663"};

    @Test
    void every_line_the_pattern_takes_passes_the_check() {
        SplittableRandom random = new SplittableRandom(11);
        int headings = 0;
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(1, 6); k > 0; k--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String line = sb.toString();
            if (!Kinds.HEADING.matcher(line).matches()) continue;
            headings++;
            assertThat(Kinds.opensWithHeadingWord(line)).as("\"%s\"", line).isTrue();
        }
        assertThat(headings).as("heading lines among the random ones").isGreaterThan(3_000);
    }

    @Test
    void a_line_opening_with_another_word_fails_the_check() {
        assertThat(Kinds.opensWithHeadingWord("The Record of the talks")).isFalse();
        assertThat(Kinds.opensWithHeadingWord("1234 RECORD")).isFalse();
        assertThat(Kinds.opensWithHeadingWord("12 RECORD of the talks")).isTrue();
    }
}
