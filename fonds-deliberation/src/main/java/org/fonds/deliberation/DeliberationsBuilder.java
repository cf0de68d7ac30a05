package org.fonds.deliberation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.people.People;
import org.fonds.deliberation.sessions.Session;
import org.fonds.record.ArchiveRecord;

/**
 * Collects records one by one and builds {@link Deliberations}. Adding does the per-record work
 * (sessions, names, references, dates); {@link #build()} does what needs every record (who is who)
 * and the tables. Records are kept by id, so the result does not depend on the order they came in,
 * and a record added again replaces its earlier version. Records may be added from several threads
 * at once (the extraction is the costly part); {@link #build()} runs once they are all in.
 */
public final class DeliberationsBuilder {
    private final Authority authority;
    private final Map<String, Extract> extracts = new ConcurrentSkipListMap<>();

    DeliberationsBuilder(Authority authority) {
        this.authority = Objects.requireNonNull(authority, "authority");
    }

    public DeliberationsBuilder add(ArchiveRecord record) {
        extracts.put(record.id(), Extract.of(record));
        return this;
    }

    public DeliberationsBuilder remove(String documentId) {
        extracts.remove(documentId);
        return this;
    }

    public int size() {
        return extracts.size();
    }

    public Deliberations build() {
        List<DocumentNames> names = new ArrayList<>(extracts.size());
        for (Extract e : extracts.values()) names.add(e.names());
        People people = People.build(authority, names);
        List<Extract> byDate = new ArrayList<>(extracts.values());
        byDate.sort(Comparator.comparing((Extract e) -> e.date() == null ? "" : e.date()).thenComparing(Extract::documentId));
        List<Session> sessions = new ArrayList<>();
        for (Extract e : byDate) if (e.session() != null) sessions.add(e.session().resolve(people));
        Assembly tables = new Assembly(people, sessions, byDate);
        return new Deliberations(people.all(), sessions, tables.attendance(), tables.speaking(), tables.statements(),
                tables.log(), tables.references(), tables.works(), tables.timeline());
    }
}
