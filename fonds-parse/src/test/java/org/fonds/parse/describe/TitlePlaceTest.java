package org.fonds.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** "Meeting in Budapest": the place read from where the pattern's words end at an " in " is what a find() over the title gives. */
class TitlePlaceTest {
    private static final String[] PIECES = {"Meeting", "Meetings", "PreMeeting", "Embassy", "Talks", "Session", "Mission",
            "Commission", "Negotiations", "Consulate", "Legation", "Conference", "in", "in", "In", "Budapest", "Port", "Aven",
            "Ka", "budapest", "the", "Soviet", "1956", ",", "Moscow's", "Éger"};
    private static final String[] JOINS = {" ", " ", " ", " in ", "", ", ", "  "};

    @Test
    void theAnchoredReadingFindsWhatFindFinds() {
        SplittableRandom random = new SplittableRandom(1945);
        int found = 0;
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(1, 10); k > 0; k--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(JOINS[random.nextInt(JOINS.length)]);
            }
            String title = sb.toString();
            Matcher m = Provenance.TITLE_IN.matcher(title);
            String expected = m.find() ? m.group(1) : null;
            if (expected != null) found++;
            assertThat(Provenance.titleIn(title)).as("\"%s\"", title).isEqualTo(expected);
        }
        assertThat(found).as("titles with a place").isGreaterThan(10_000);
    }
}
