package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * Families of names from a probe of records the corpus has not seen (issue 8/11): FRUS minutes of
 * the Marshall mission and a Soviet ambassador's journal. No record of ../shared/corpus holds them,
 * so the fixtures are our own words with the same structure (BENCHMARKS.md, "people16").
 */
class UnseenRecordsPeopleTest {
    /** A FRUS file line, a one-a-line "Also present:" list and a title used as a name. */
    private static final String MINUTES = """
            Mission Files, Lot 12–D345

            Minutes of Meeting Between General Adams and General Lin at Nanking, May 2, 1946, 10 a.m.

            Also present: Colonel Hayes
            Mr. Brandt

            General Lin thanked General Adams for the airplane. Later the Generalissimo wished to see \
            General Adams about the truce teams.
            """;
    /** Initials after an office in words, and the author behind his embassy's letters. */
    private static final String JOURNAL = """
            May 3, 1959
            Journal of the Ambassador in the DPRK A. M. Petrov for 3 May 1959

            I was at a dinner together with Military Attaché B. V. Orlov and Trade Representative K. L. Sidorov.
            Kim Il Sung spoke about the harvest.
            """;

    private static List<Person> people(String name, String text) {
        ArchiveRecord r = ((ParseOutcome.Accepted) new RecordParser().parse(name, text.getBytes(StandardCharsets.UTF_8))).record();
        return Deliberations.build(List.of(r), Authority.empty()).people();
    }

    private static List<String> surnames(List<Person> people) {
        return people.stream().map(Person::preferredName).toList();
    }

    @Test
    void frus_minutes_name_each_one_a_line_participant_and_no_file_line_or_bare_title() {
        List<Person> found = people("own-minutes.txt", MINUTES);
        assertThat(surnames(found)).anyMatch(n -> n.endsWith("Hayes")).anyMatch(n -> n.endsWith("Brandt"))
                .anyMatch(n -> n.endsWith("Adams")).anyMatch(n -> n.endsWith("Lin"));
        assertThat(surnames(found)).noneMatch(n -> n.contains("Lot") || n.contains("Generalissimo") || n.contains("Files"));
    }

    @Test
    void initials_after_an_office_and_behind_an_acronym_open_the_name() {
        List<Person> found = people("own-journal.txt", JOURNAL);
        assertThat(found).anyMatch(p -> p.forms().contains("A. M. Petrov"));
        assertThat(found).anyMatch(p -> p.preferredName().endsWith("Orlov"))
                .anyMatch(p -> p.preferredName().endsWith("Sidorov"));
        assertThat(surnames(found)).noneMatch(n -> n.contains("DPRK") || n.contains("Attaché") || n.contains("Representative"));
    }
}
