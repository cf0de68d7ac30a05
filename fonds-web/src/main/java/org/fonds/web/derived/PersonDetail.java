package org.fonds.web.derived;

import java.util.List;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.people.Role;
import org.fonds.deliberation.read.PersonSession;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;

/**
 * A person (their entry) with one page of the documents that name them (ids, in id order), of the
 * sessions they took part in or spoke at, of their turns in date order and of the tasks given to them:
 * a member of a standing body can have tens of thousands of each, so each page says how many in all.
 * {@code roles} is the same page of documents, each with what the person is there (author, speaker,
 * mentioned ...; issue 12: roles per document), since the entry itself is read without them.
 */
public record PersonDetail(Person person, Page<String> documents, Page<DocumentRoles> roles, Page<PersonSession> sessions,
                           Page<Statement> statements, Page<LogEntry> tasks) {
    /** One document and the person's roles in it (empty where none is recorded: named). */
    public record DocumentRoles(String document, List<Role> roles) {
    }
}
