package org.fonds.parse.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * A label alone on its line ("#### Summary", "**Original Language**") is tried with its pattern only on lines
 * that end with a label name's last word: the check must pass every line the pattern matches.
 */
class LabelAloneTest {
    /** Pieces rather than chars: markup, names, their near misses and the words around them. */
    private static final String[] PIECES = {" ", " ", "#", "####", "**", "__", "*", "_", "Summary", "Original", " Language",
            " Languages", "Original Archive", "Associated People & Organizations", "Record ID", "Record Type", "Translated by",
            "Subjects Discussed", "Contents", "Content", "Source", "Title", "Subtitle", "Date", "Dates", "x", ":", "Notes"};

    @Test
    void every_line_the_pattern_takes_passes_the_check() {
        SplittableRandom random = new SplittableRandom(11);
        int labels = 0;
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(1, 7); k > 0; k--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String line = sb.toString();
            Matcher m = Sections.ALONE.matcher(line);
            if (!m.lookingAt()) continue;
            labels++;
            assertThat(Sections.endsWithLastWord(line, 0, line.length())).as("\"%s\"", line).isTrue();
        }
        assertThat(labels).as("lines that are a label alone").isGreaterThan(3_000);
    }

    @Test
    void lines_that_are_no_label_fail_the_check() {
        assertThat(Sections.endsWithLastWord("Cde. Khrushchev spoke at length", 0, 31)).isFalse();
        assertThat(Sections.endsWithLastWord("## Subtitle", 0, 11)).isFalse();
        assertThat(Sections.endsWithLastWord("**Original Language**  ", 0, 23)).isTrue();
    }
}
