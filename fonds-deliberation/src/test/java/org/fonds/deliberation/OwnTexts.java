package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;

/** The people of a fixture written in our own words, read as one record, and the one person a form names. */
final class OwnTexts {
    private OwnTexts() {
    }

    static List<Person> people(String text) {
        ArchiveRecord r = ((ParseOutcome.Accepted) new RecordParser().parse("own.txt", text.getBytes(StandardCharsets.UTF_8))).record();
        return Deliberations.build(List.of(r), Authority.empty()).people();
    }

    static Person withForm(List<Person> people, String form) {
        List<Person> found = people.stream().filter(p -> p.forms().contains(form)).toList();
        assertThat(found).as(form).hasSize(1);
        return found.get(0);
    }
}
