package org.fonds.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Wilson Center's telegram titles name the sender by his post and name, the post's "to" before the addressee's
 * ("Telegram from Soviet Ambassador to the USA Dobrynin to the USSR MFA", "… to the USA A. Dobrynin to USSR Foreign
 * Ministry (2)"; "Premier Zhou Enlai Receives Soviet Ambassador to China Stepan Chervonenko"). Titles of that structure
 * in our own words: the sender is the envoy's name, the addressee what follows the title's own "to", and a post
 * followed by a body's words is still an addressee.
 */
class EnvoyPostTest {
    private static Correspondents.Parties of(String title, String kind) {
        return Correspondents.of(title, kind, List.of());
    }

    @Test
    void theEnvoysPostIsTheSendersAndTheTitlesOwnToTheAddressee() {
        var p = of("Telegram from Ruritanian Ambassador to the USA Ardenne to the Ruritanian MFA", "telegram");
        assertThat(p.from()).containsExactly("Ardenne");
        assertThat(p.to()).containsExactly("Ruritanian MFA");
    }

    @Test
    void initialsStayWithTheNameAndANumberAfterTheAddresseeIsDropped() {
        var p = of("Telegram from Ruritanian Ambassador to the USA K. Ardenne to Ruritanian Foreign Ministry (2)", "telegram");
        assertThat(p.from()).containsExactly("K. Ardenne");
        assertThat(p.to()).containsExactly("Ruritanian Foreign Ministry");
    }

    @Test
    void anEnvoyReceivedHasNoAddressee() {
        var p = of("Memorandum of Conversation: Premier Calloway Receives Ruritanian Ambassador to China Karel Ardenne",
                "memorandum of conversation");
        assertThat(p.to()).isEmpty();
    }

    @Test
    void anEnvoyWritingToABodyStillHasItsAddressee() {
        var p = of("Letter from the Ruritanian Ambassador to the Foreign Ministry", "letter");
        assertThat(p.to()).containsExactly("Foreign Ministry");
    }

    /** FRUS's "Memorandum by the Director of Central Intelligence (Souers)" (frus1945-50Intel/d148): by whom, in our words. */
    @Test
    void aMemorandumBySomeoneNamesItsAuthor() {
        var p = of("Memorandum by the Deputy Under Secretary of State (Calloway) to the Secretary of State", "report");
        assertThat(p.from()).containsExactly("Deputy Under Secretary of State");
        assertThat(p.to()).containsExactly("Secretary of State");
    }
}
