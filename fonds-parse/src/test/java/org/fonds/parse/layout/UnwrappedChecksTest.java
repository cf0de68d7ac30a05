package org.fonds.parse.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The two checks that stand in for patterns when a hard-wrapped header's lines are joined: the line's end read for
 * a word a date follows ({@code Unwrapped.asksForDate} for {@code DATE_TAKER.find()}), and the colon's place looked
 * up before a label is matched. Random lines from pieces: the words and their near misses, letters of other
 * scripts, combining marks, digits and '_' before a word, commas, line terminators.
 */
class UnwrappedChecksTest {
    private static final String[] PIECES = {"on", "of", "from", "dated", "since", "until", "to", "On", "TO", "Lon", "ton",
            "_", "9", "é", "Д", "\u0301", "ñ", "x", " ", " ", ",", ".", ":", "\r", "\n", "\u2028", "\u0085", "\t",
            "Presidium", "Present", "[", "https://", "Document Type", "aaaaaaaaaaaaaaaaaaaa", "Бб"};

    private static String line(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(0, 7); k > 0; k--) sb.append(PIECES[random.nextInt(PIECES.length)]);
        return sb.toString();
    }

    @Test
    void the_end_read_by_hand_asks_for_a_date_where_the_pattern_finds_one() {
        SplittableRandom random = new SplittableRandom(511);
        int asks = 0;
        for (int t = 0; t < 200_000; t++) {
            String line = line(random);
            boolean pattern = Unwrapped.DATE_TAKER.matcher(line).find();
            assertThat(Unwrapped.asksForDate(line)).as("\"%s\"", line.replace("\n", "\\n").replace("\r", "\\r")).isEqualTo(pattern);
            if (pattern) asks++;
        }
        assertThat(asks).as("lines the pattern takes").isGreaterThan(20_000);
    }

    @Test
    void the_colon_looked_up_first_keeps_every_label_the_pattern_takes() {
        SplittableRandom random = new SplittableRandom(512);
        int labels = 0;
        for (int t = 0; t < 200_000; t++) {
            String open = "x" + line(random);
            String next = line(random);
            boolean pattern = patternLabel(open, next);
            assertThat(Unwrapped.label(open, next)).as("\"%s\" after \"%s\"", next, open).isEqualTo(pattern);
            if (Unwrapped.LABEL.matcher(next).matches()) labels++;
        }
        assertThat(labels).as("lines that are a label").isGreaterThan(1_000);
    }

    /** {@code Unwrapped.label} as it was, the pattern tried on every line. */
    private static boolean patternLabel(String open, String next) {
        var m = Unwrapped.LABEL.matcher(next);
        if (!m.matches()) return false;
        if (next.endsWith(":") || Unwrapped.FIELD.matcher(m.group(1)).matches()) return true;
        char last = open.charAt(open.length() - 1);
        return last == '.' || last == ';' || last == ':' || last == '!' || last == '?';
    }

    @Test
    void known_lines() {
        assertThat(Unwrapped.asksForDate("meeting of the Presidium on")).isTrue();
        assertThat(Unwrapped.asksForDate("Bonn")).isFalse();
        assertThat(Unwrapped.asksForDate("Moscow,")).isTrue();
        assertThat(Unwrapped.asksForDate("to")).isTrue();
        assertThat(Unwrapped.asksForDate("")).isFalse();
    }
}
