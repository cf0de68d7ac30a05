package org.fonds.web.derived;

import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.PersonSession;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;

/**
 * A person (their entry) with one page of the documents that name them (ids, in id order), of the
 * sessions they took part in or spoke at, of their turns in date order and of the tasks given to them:
 * a member of a standing body can have tens of thousands of each, so each page says how many in all.
 */
public record PersonDetail(Person person, Page<String> documents, Page<PersonSession> sessions, Page<Statement> statements, Page<LogEntry> tasks) {
}
