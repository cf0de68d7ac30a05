package org.fonds.web.derived;

import java.util.List;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;

/** A person with their sessions, their turns in date order and the tasks given to them. */
public record PersonDetail(Person person, List<PersonSession> sessions, List<Statement> statements, List<LogEntry> tasks) {
    public PersonDetail {
        sessions = List.copyOf(sessions);
        statements = List.copyOf(statements);
        tasks = List.copyOf(tasks);
    }
}
