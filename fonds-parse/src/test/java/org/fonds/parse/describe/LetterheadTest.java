package org.fonds.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A letterhead names the sender only where it names an issuing body next to its classification (b04 in RealSendersPlacesAndListsTest). */
class LetterheadTest {
    @Test
    void an_issuing_body_next_to_its_classification_is_the_sender() {
        assertThat(Correspondents.letterhead(List.of("SECRET", "Embassy of the Hungarian People's Republic")))
                .contains("Embassy of the Hungarian People's Republic");
        assertThat(Correspondents.letterhead(List.of("Communist Party of the Soviet Union. CENTRAL COMMITTEE", "Top Secret")))
                .contains("Communist Party of the Soviet Union. CENTRAL COMMITTEE");
    }

    @Test
    void other_capitalised_lines_or_a_body_apart_from_the_classification_are_not() {
        assertThat(Correspondents.letterhead(List.of("Cuban Missile Crisis, Document 29", "TOP SECRET"))).isEmpty();
        assertThat(Correspondents.letterhead(List.of("Central Committee", "Moscow", "TOP SECRET"))).isEmpty();
        assertThat(Correspondents.letterhead(List.of("The Party decided in 1956.", "SECRET"))).isEmpty();
        assertThat(Correspondents.letterhead(List.of("Minutes of the Party meeting", "SECRET"))).isEmpty();
    }
}
