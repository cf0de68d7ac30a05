package org.fonds.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words a title's sender and addressee patterns need are looked for first: every title a pattern finds in passes the look. */
class TitlePartiesCheckTest {
    private static final String[] PIECES = {"From", "from", "Fro", "rom", "To", "to", "Tom", "too", "Report", "report",
            "Reports", "eport", "Rapport", "the", "The", "Soviet", "Embassy", "Nagy", "Imre-Nagy", "Gomulka", ",", "(", "'",
            "on", "about", "concerning", "1956", "Cde.", "Moscow"};
    private static final String[] JOINS = {" ", " ", " ", "", "-", ", ", "  "};

    @Test
    void everyTitleAPatternFindsInPassesTheLook() {
        SplittableRandom random = new SplittableRandom(1948);
        int found = 0;
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(1, 12); k > 0; k--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(JOINS[random.nextInt(JOINS.length)]);
            }
            String title = sb.toString();
            found += check(Correspondents.FROM, title, Correspondents.FROM_WORDS);
            found += check(Correspondents.TO, title, Correspondents.TO_WORDS);
            found += check(Correspondents.NAMED_REPORT, title, Correspondents.REPORT_WORDS);
        }
        assertThat(found).as("titles the patterns found something in").isGreaterThan(10_000);
    }

    private static int check(Pattern pattern, String title, String[] words) {
        if (!pattern.matcher(title).find()) return 0;
        assertThat(Correspondents.mayName(title, words)).as("%s in \"%s\"", pattern, title).isTrue();
        return 1;
    }
}
