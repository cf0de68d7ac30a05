package org.fonds.search.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A facet's label has its control characters made spaces by a compiled pattern run only where
 * {@link IndexDocuments#hasControl} finds one: that check must see every character the pattern
 * {@code \p{Cntrl}} matches, and no other.
 */
class FacetLabelTest {
    private static final Pattern CNTRL = Pattern.compile("\\p{Cntrl}");

    @Test
    void theCheckFindsWhatThePatternMatchesInEveryCharacter() {
        int control = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = "a" + (char) c + "b";
            boolean matches = CNTRL.matcher(one).find();
            assertThat(IndexDocuments.hasControl(one)).as("U+%04X", c).isEqualTo(matches);
            if (matches) control++;
        }
        assertThat(control).as("control characters").isEqualTo(33);
    }
}
