package org.fonds.web.room;

import org.fonds.record.stored.VersionRef;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.people.Role;
import org.fonds.deliberation.read.Heading;
import org.fonds.deliberation.read.PersonSession;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Statement;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.archive.Documents;
import org.fonds.web.derived.Derived;
import org.fonds.web.derived.Page;
import org.fonds.web.derived.PersonSummary;
import org.fonds.web.room.DocumentView.Link;
import org.fonds.web.room.ListView.Row;
import org.fonds.web.room.PeopleView.PersonRow;
import org.fonds.web.room.PersonView.SessionRow;
import org.fonds.web.room.PersonView.StatementRow;
import org.fonds.web.room.PersonView.TaskRow;

/**
 * {@code /people}: everyone the derived tables know, and {@code /people/{id}}: one person. An
 * address that is no person id is a name as a document writes it, and keeps leading to the
 * documents found by that name, so that links made before the people tables still work.
 */
final class PeoplePages {
    static final int PAGE = 100;
    /** Documents whose titles are read from the store for one page; the rest are a search away. */
    static final int DOCUMENTS = 200;
    /** Sessions listed on a person's page, the earliest first; a member of a standing body may have thousands. */
    static final int SESSIONS = 200;
    /** Tasks listed on a person's page, the earliest first: a member tasked in every session has tens of thousands at a million records. */
    static final int TASKS = 200;

    private final Derived derived;
    private final Documents archive;
    private final SessionFiles files;
    private final ListPages lists;

    PeoplePages(Derived derived, Documents archive, ListPages lists) {
        this.derived = derived;
        this.archive = archive;
        this.files = new SessionFiles(archive);
        this.lists = lists;
    }

    String index(Context ctx) {
        Tables t = derived.now();
        Page<PersonSummary> page = Page.of(t.peopleCount(), Pages.number(ctx, "page"), PAGE, (offset, limit) -> t.people(offset, limit)
                .stream().map(p -> Derived.summary(t, p)).toList());
        List<PersonRow> rows = page.items().stream().map(PeoplePages::row).toList();
        String intro = page.total() + (page.total() == 1 ? " person" : " people")
                + " in the documents, by surname. A surname that several people share is flagged: there a bare surname"
                + " is given to one of them only where a note or the editors say which.";
        return Templates.render("people.jte", new PeopleView(intro, rows, Pages.link(ctx, page, false), Pages.link(ctx, page, true)));
    }

    /** The person's page, or the documents found by the name, or null when neither is there. */
    String person(Context ctx) {
        String id = ctx.pathParam("id");
        Tables t = derived.now();
        Person p = t.person(id).orElse(null);
        if (p == null) return lists.person(ctx, id);
        Page<Statement> turns = Page.of(t.statementCount(p.id()), Pages.number(ctx, "page"), PAGE,
                (offset, limit) -> t.statements(p.id(), offset, limit));
        Map<String, String> titles = new HashMap<>();
        t.headings(turns.items().stream().map(Statement::documentId).toList())
                .forEach((doc, h) -> titles.put(doc, h.title() == null ? doc : h.title()));
        List<StatementRow> statements = turns.items().stream().map(x -> statement(t, titles, x)).toList();
        String shown = turns.total() <= PAGE ? "" : "turns " + Math.min(turns.total(), (turns.page() - 1) * PAGE + 1) + "-"
                + Math.min(turns.total(), turns.page() * PAGE) + " of " + turns.total();
        List<SessionRow> sessions = sessions(t, t.personSessions(p.id(), 0, SESSIONS));
        List<TaskRow> tasks = t.tasks(p.id(), 0, TASKS).stream()
                .map(x -> new TaskRow(Links.session(x.documentId()), x.date(), x.text())).toList();
        String search = Links.search(Map.of("q", List.of("person:\"" + p.preferredName().replace("\"", "") + "\"")));
        List<Link> downloads = List.of(new Link("JSON", "/api/people/" + Links.enc(p.id())));
        return Templates.render("person.jte", new PersonView(p.id(), p.preferredName(), p.forms(), roles(p.roles()), p.ambiguous(),
                p.note(), p.description(), Person.BY_EDITOR.equals(p.describedBy()), documents(t, p), t.documentCount(p.id()), search, sessions, t.personSessionCount(p.id()), statements,
                turns.total(), shown, Pages.link(ctx, turns, false), Pages.link(ctx, turns, true), tasks, t.taskCount(p.id()),
                "/api/people/" + Links.enc(p.id()) + "?size=" + TASKS, downloads, t.workCount(p.id()),
                p.pseudonyms()));
    }

    /**
     * The first documents naming the person, oldest first, with their titles and dates in one query;
     * where the tables keep none (built in memory), a session's are at hand and the others are read.
     */
    private List<Row> documents(Tables t, Person p) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<Role>> roles = t.roles(p.id(), 0, DOCUMENTS);
        Map<String, Heading> headings = t.headings(roles.keySet());
        for (Map.Entry<String, List<Role>> e : roles.entrySet()) {
            String id = e.getKey();
            Heading h = headings.get(id);
            if (h != null) {
                rows.add(new Row(h.title(), Links.document(id), h.date(), rolesIn(e.getValue())));
                continue;
            }
            Session session = t.session(id).orElse(null);
            if (session != null) {
                rows.add(new Row(session.title(), Links.document(id), session.date(), rolesIn(e.getValue())));
                continue;
            }
            ArchiveRecord r = archive.read(id, VersionRef.LATEST).map(v -> RecordJson.read(v.recordJson())).orElse(null);
            rows.add(new Row(r == null ? id : r.title(), Links.document(id), r == null ? null : r.date(), rolesIn(e.getValue())));
        }
        rows.sort(Comparator.comparing((Row r) -> r.date() == null ? "" : r.date()).thenComparing(Row::url));
        return rows;
    }

    /**
     * The person's sessions, those of one day with one title told apart ({@link SessionNames#apart}):
     * only they are read whole, so a page of a hundred sessions reads none in the usual case.
     */
    private List<SessionRow> sessions(Tables t, List<PersonSession> found) {
        Map<String, Long> sameDay = found.stream().collect(Collectors.groupingBy(PeoplePages::day, Collectors.counting()));
        List<Session> alike = found.stream().filter(x -> sameDay.get(day(x)) > 1)
                .flatMap(x -> t.session(x.documentId()).stream()).toList();
        List<String> told = SessionNames.apart(alike, files.of(t));
        Map<String, String> apart = new HashMap<>();
        for (int i = 0; i < alike.size(); i++) apart.put(alike.get(i).documentId(), told.get(i));
        return found.stream().map(x -> new SessionRow(Links.session(x.documentId()), x.title(), x.date(),
                apart.getOrDefault(x.documentId(), ""), x.attended(), x.turns())).toList();
    }

    private static String day(PersonSession x) {
        return x.date() + "\n" + x.title();
    }

    /** What the person is in one document ("wrote", "took part, spoke"); "named" where no role is recorded. */
    private static String rolesIn(List<Role> roles) {
        return roles.isEmpty() ? "named" : roles(roles);
    }

    /** A turn with its session's title, each session read once a page. */
    private static StatementRow statement(Tables t, Map<String, String> titles, Statement s) {
        String title = titles.computeIfAbsent(s.documentId(), id -> t.session(id).map(Session::title).orElse(id));
        return new StatementRow(Links.session(s.documentId()), title, s.date(), s.turn(), s.text());
    }

    private static PersonRow row(PersonSummary p) {
        String others = String.join("; ", p.forms().stream().filter(f -> !f.equals(p.preferredName())).toList());
        return new PersonRow(Links.person(p.id()), p.preferredName(), others, roles(p.roles()), p.documents(), p.sessions(), p.turns(),
                p.ambiguous(), p.note());
    }

    /** The roles in words, in the order of the enum: "took part, spoke, mentioned, tasked, wrote, received, chaired". */
    static String roles(List<Role> roles) {
        return String.join(", ", roles.stream().map(r -> switch (r) {
            case PARTICIPANT -> "took part";
            case SPEAKER -> "spoke";
            case MENTIONED -> "mentioned";
            case TASKED -> "tasked";
            case AUTHOR -> "wrote";
            case RECIPIENT -> "received";
            case CHAIR -> "chaired";
        }).toList());
    }
}
