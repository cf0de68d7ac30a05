package org.fonds.parse.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlashedSignatureTest {
    private static final String NAME = "((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]{1,30}) ?){0,4}\\p{Lu}[\\p{L}'’-]{2,30})";
    private static final Pattern BETWEEN = Pattern.compile("(?<![\\p{L}\\d/])/" + NAME + "/(?![\\p{L}\\d/])");
    private static final Pattern SIGNED = Pattern.compile("(?<![\\p{L}\\d/])/(?:s|S|-|–|—)/ ?" + NAME + "(?![\\p{L}\\d])");
    private static final Pattern MARKED = Pattern.compile("\\[signature\\]\\s{0,4}\\(" + NAME + "\\)");

    @Test
    void the_last_signature_is_found_and_an_address_is_none() {
        assertEquals("A. PUZANOV", SlashedSignature.of("The journal ends.\n[signature] /A. PUZANOV/\n5 copies"));
        assertEquals("Charles E. Bohlen", SlashedSignature.of("Text.\n/s/ Charles E. Bohlen\nSource: https://x.org/a/b"));
        assertEquals("Ogrodziński", SlashedSignature.of("/s/ Someone Else\n/–/ Ogrodziński"));
        assertEquals("A. PUZANOV", SlashedSignature.of("The journal ends.\n[signature]\n(A. PUZANOV)\n5 copies"));
        assertNull(SlashedSignature.of("Source: http://digitalarchive.wilsoncenter.org/document/111944 and 10/27"));
    }

    /** The slashes walked from the last back give what a find() over the text's end gave, on random texts. */
    @Test
    void walking_the_slashes_back_finds_what_a_search_of_every_char_found() {
        Random random = new Random(11);
        String[] pieces = {"/", "/", "/s/", "/-/", "/–/", " ", ". ", "A", "B.", "Puzanov", "PUZANOV", "ski", "'", "-", "x",
            "7", "\n", "ń", "http://a.org/d/1", "Ogrodziński", "E. ", "[signature] ", "[signature]\n(", "(", ")"};
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(14);
            for (int j = 0; j < n; j++) text.append(pieces[random.nextInt(pieces.length)]);
            String s = text.toString();
            assertEquals(byFind(s), SlashedSignature.of(s), s);
        }
    }

    private static String byFind(String body) {
        for (Pattern p : new Pattern[] {BETWEEN, SIGNED, MARKED}) {
            Matcher m = p.matcher(body);
            String name = null;
            while (m.find()) name = m.group(1).strip();
            if (name != null) return name;
        }
        return null;
    }
}
