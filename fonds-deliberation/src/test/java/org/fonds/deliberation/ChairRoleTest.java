package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.people.Role;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * The chair (issue 12, roles): no record of the shared corpus says who chaired its own meeting
 * ("presided over by writer Gyula Hay" in the FRUS excerpt is another meeting), so a record of our
 * own, written here, parsed as any export and read with no authority.
 */
class ChairRoleTest {
    private static final String TEXT = """
            Minutes of the Session of the Executive Committee on 5 November 1956

            The session was chaired by Cde. Ferenczi. Those taking part: Ferenczi, Halmos, Vidor.

            Cde. Halmos: the harvest figures are late.

            Cde. Vidor: the figures will be ready on Monday.
            """;

    @Test
    void the_one_who_chaired_the_meeting_is_its_chair_and_no_one_else_is() {
        ArchiveRecord r = ((ParseOutcome.Accepted) new RecordParser().parse("own-chair.txt", TEXT.getBytes(StandardCharsets.UTF_8))).record();
        assertThat(r.chair()).isEqualTo("Ferenczi");
        Deliberations d = Deliberations.build(List.of(r), Authority.empty());
        Person chair = d.people().stream().filter(p -> p.forms().contains("Ferenczi")).findFirst().orElseThrow();
        assertThat(chair.rolesByDocument().get(r.id())).contains(Role.CHAIR, Role.PARTICIPANT);
        assertThat(d.people()).filteredOn(p -> p != chair).allSatisfy(p -> assertThat(p.roles()).doesNotContain(Role.CHAIR));
    }
}
