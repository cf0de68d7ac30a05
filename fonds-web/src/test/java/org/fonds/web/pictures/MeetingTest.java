package org.fonds.web.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Cell;
import org.junit.jupiter.api.Test;

/**
 * How the heat map joins the accounts of one meeting. The real pair in the corpus (Malin's and
 * Horváth's notes of 3 November 1956, AccountsPageTest) has only one account with a list of who took
 * part; two accounts that both list and differ are written here by hand.
 */
class MeetingTest {
    private static Session session(String id, List<String> accounts) {
        return new Session(id, "1956-11-03", "Session " + id, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), accounts);
    }

    @Test
    void twoListingAccountsAreOneMeetingWithTheUnionTheMostTurnsAndTheirDisagreementCounted() {
        Session a = session("a", List.of("a", "b"));
        Session b = session("b", List.of("a", "b"));
        Session alone = session("c", List.of());
        Map<String, List<Cell>> cells = Map.of(
                "a", List.of(new Cell("zhukov", "a", 2), new Cell("molotov", "a", 0)),
                "b", List.of(new Cell("zhukov", "b", 5)),
                "c", List.of(new Cell("zhukov", "c", 1)));
        List<Meeting> meetings = Meeting.of(List.of(a, alone, b), cells);
        assertThat(meetings).hasSize(2);
        Meeting m = meetings.getFirst();
        assertThat(m.accounts()).containsExactly(a, b);
        assertThat(m.shown()).isEqualTo(a);
        assertThat(m.listing()).isEqualTo(2);
        assertThat(m.byPerson().get("zhukov")).containsExactly(2, 5);
        assertThat(m.byPerson().get("molotov")).containsExactly(1, 0);
        assertThat(m.agreeOn(2)).isTrue();
        assertThat(m.agreeOn(1)).isFalse();
        assertThat(m.title()).contains("2 accounts of this meeting");
        assertThat(meetings.get(1).accounts()).containsExactly(alone);
        assertThat(meetings.get(1).title()).isEqualTo("Session c");
    }

    @Test
    void theColumnLinksToTheMeetingsFirstAccountWhenTheRangeHoldsIt() {
        Session second = session("b", List.of("a", "b"));
        Session first = session("a", List.of("a", "b"));
        Meeting m = Meeting.of(List.of(second, first), Map.of()).getFirst();
        assertThat(m.shown()).isEqualTo(first);
        assertThat(m.listing()).isZero();
        Meeting partOnly = Meeting.of(List.of(second), Map.of()).getFirst();
        assertThat(partOnly.shown()).isEqualTo(second);
    }
}
