package org.fonds.web.derived;

import java.util.List;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;

/**
 * A person with their sessions, one page of their turns in date order (a member of a standing body
 * can have tens of thousands: the page says how many in all) and the tasks given to them.
 */
public record PersonDetail(Person person, List<PersonSession> sessions, Page<Statement> statements, List<LogEntry> tasks) {
    public PersonDetail {
        sessions = List.copyOf(sessions);
        tasks = List.copyOf(tasks);
    }
}
