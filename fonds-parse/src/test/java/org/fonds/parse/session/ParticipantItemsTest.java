package org.fonds.parse.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written split of a list into items gives what the separator pattern's split gives. */
class ParticipantItemsTest {
    /** Pieces rather than chars, so that " and " and its neighbours come up often. */
    private static final String[] PIECES = {" ", " ", ",", ";", "&", "+", "and", "an", "A", "X", "."};

    @Test
    void theHandWrittenSplitMatchesThePatternsSplit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int t = 0; t < 50_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(0, 16); k > 0; k--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String text = sb.toString();
            assertThat(Participants.items(text)).as("\"%s\"", text)
                    .isEqualTo(List.of(Participants.ITEM_SEPARATOR.split(text)));
        }
    }

    @Test
    void itemsOfEachSeparatorAreSplit() {
        assertThat(Participants.items("Kadar, Munnich; Horvath and Bata & Apro + Marosan"))
                .containsExactly("Kadar", "Munnich", "Horvath", "Bata", "Apro", "Marosan");
        assertThat(Participants.items("Kadar  and Munnich")).containsExactly("Kadar", "Munnich");
        assertThat(Participants.items(", Kadar,")).containsExactly("", "Kadar");
    }

    /**
     * A title naming those who took part twice over, or a list repeating a title's name, gives each name once: the record
     * promises distinct participants (found by RealPhraseFuzzTest, where a title ran "with Participation by" twice).
     */
    @Test
    void theTitlesAndTheListsNamesAreGivenOnceEach() {
        assertThat(Participants.withTitle(List.of("J. Orlov", "A. Belova", "J. Orlov"), List.of("Sokolov", "Orlov", "Sokolov")))
                .containsExactly("J. Orlov", "A. Belova", "Sokolov");
        assertThat(Participants.withTitle(List.of(), List.of("Sokolov", "Orlov", "Sokolov"))).containsExactly("Sokolov", "Orlov");
    }
}
