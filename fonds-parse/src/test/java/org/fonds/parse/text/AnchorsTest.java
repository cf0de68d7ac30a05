package org.fonds.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The literal searches that stand in front of patterns must find exactly where the patterns would. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnchorsTest {
    /** Letters of both cases, signs, and the non-ASCII letters whose case folds to ASCII in Unicode (Kelvin, dotted I). */
    private static final String ALPHABET = "chairedbyCHAIREDBYpsvo .:/-\u212A\u0130\u017F";

    @Test
    void a_literal_ignoring_case_is_found_where_the_case_insensitive_pattern_starts() {
        Random random = new Random(11);
        for (String literal : new String[] {"chaired by", "presided ", "/document/", "by"}) {
            Pattern pattern = Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE);
            Anchors.Folded folded = new Anchors.Folded(literal);
            for (int round = 0; round < 3_000; round++) {
                String text = randomText(random, literal);
                int from = random.nextInt(text.length() + 1);
                Matcher m = pattern.matcher(text);
                int expected = m.find(from) ? m.start() : -1;
                assertThat(folded.in(text, from)).as("\"%s\" in \"%s\" from %d", literal, text, from).isEqualTo(expected);
            }
        }
    }

    @Test
    void only_ascii_letters_fold_as_in_a_pattern_without_unicode_case() {
        assertThat(Anchors.containsIgnoreCase("the \u212Aremlin", "kremlin")).isFalse();
        assertThat(Pattern.compile("(?i:kremlin)").matcher("the \u212Aremlin").find()).isFalse();
        assertThat(Anchors.containsIgnoreCase("the KREMLIN", "kremlin")).isTrue();
    }

    @Test
    void the_leftmost_match_among_several_literals_is_the_one_find_gives() {
        Pattern chaired = Pattern.compile("(?i:chaired by|presided (?:over )?by) ([A-Z][a-z]+)");
        String text = "Presided over nothing. CHAIRED BY Kadar, presided by Nagy.";
        Matcher m = Anchors.matcher(chaired, text);

        assertThat(Anchors.findIgnoringCase(m, text, text.length(), "chaired by", "presided ")).isTrue();
        Matcher plain = chaired.matcher(text);
        assertThat(plain.find()).isTrue();
        assertThat(m.start()).isEqualTo(plain.start());
        assertThat(m.group(1)).isEqualTo("Kadar");
    }

    private static String randomText(Random random, String literal) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(12) == 0) {
                for (char c : literal.toCharArray()) b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            } else {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }
}
