package org.fonds.parse.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TitleBlockTest {
    private static final Pattern MARKUP = Pattern.compile("[*_#]{2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void a_title_is_cleaned_as_the_two_replacements_it_stands_for_clean_it() {
        String alphabet = "ab *_#\t\n\u000B\f\r\u00A0\u2003";
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String title = b.toString();
            String expected = SPACES.matcher(MARKUP.matcher(title).replaceAll("")).replaceAll(" ").strip();
            assertThat(TitleBlock.cleanTitle(title)).as("\"%s\"", title).isEqualTo(expected);
        }
    }

    @Test
    void bold_markers_go_and_a_single_star_stays() {
        assertThat(TitleBlock.cleanTitle("**Record** of  a *Conversation*")).isEqualTo("Record of a *Conversation*");
    }
}
