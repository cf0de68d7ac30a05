package org.fonds.web.room;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Attendee;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;
import org.fonds.deliberation.sessions.Task;
import org.fonds.record.ProtocolRef;
import org.fonds.web.derived.Derived;
import org.fonds.web.derived.Page;
import org.fonds.web.derived.SessionSummary;
import org.fonds.web.room.DocumentView.Link;
import org.fonds.web.room.ListView.Row;
import org.fonds.web.room.SessionView.AgendaRow;
import org.fonds.web.room.SessionView.PersonLink;
import org.fonds.web.room.SessionView.SpeakerRow;
import org.fonds.web.room.SessionView.TaskView;

/** {@code /sessions}: the sessions in date order; {@code /sessions/{id}}: one session as the derived tables read it. */
final class SessionPages {
    static final int PAGE = 100;
    private final Derived derived;
    private final SessionFiles files;

    SessionPages(Derived derived, SessionFiles files) {
        this.derived = derived;
        this.files = files;
    }

    String list(Context ctx) {
        Tables t = derived.now();
        Page<Session> page = Page.of(t.sessionCount(), Pages.number(ctx, "page"), PAGE, t::sessions);
        List<String> told = SessionNames.apart(page.items(), files.of(t));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            Session s = page.items().get(i);
            String apart = told.get(i);
            rows.add(new Row(s.title(), Links.session(s.documentId()), s.date(), (apart.isEmpty() ? "" : apart + " · ") + counts(Derived.summary(s))));
        }
        String intro = page.total() + (page.total() == 1 ? " session" : " sessions") + " (working notes), oldest first.";
        return Templates.render("list.jte", new ListView("Sessions", "Sessions", intro, List.of(), rows, page.total(),
                Pages.link(ctx, page, false), Pages.link(ctx, page, true), null));
    }

    /** The page of a session, or null when there is no session of that id. */
    String session(Context ctx) {
        Tables s = derived.now();
        Session session = s.session(ctx.pathParam("id")).orElse(null);
        if (session == null) return null;
        List<AgendaRow> agenda = session.agendaItems().stream().map(a -> new AgendaRow(a.point(), a.title())).toList();
        List<PersonLink> participants = new ArrayList<>();
        for (Attendee a : session.participants()) participants.add(link(s, a.name(), a.personId()));
        List<SpeakerRow> speakers = new ArrayList<>();
        for (SpeakerCount c : session.speakers()) speakers.add(new SpeakerRow(link(s, c.name(), c.personId()), c.turns()));
        List<TaskView> tasks = new ArrayList<>();
        for (Task t : session.tasks()) {
            List<PersonLink> people = new ArrayList<>();
            for (String id : t.personIds()) people.add(link(s, s.person(id).map(p -> p.preferredName()).orElse(id), id));
            tasks.add(new TaskView(t.text(), people, t.correctedBy()));
        }
        List<String> protocol = session.protocolRefs().stream().map(SessionPages::protocol).toList();
        return Templates.render("session.jte", new SessionView(session.documentId(), session.title(), session.date(),
                Links.document(session.documentId()), protocol, agenda, participants, speakers,
                session.decisions().stream().map(d -> new SessionView.DecisionView(d.text(), d.correctedBy())).toList(), tasks, neighbour(s, session, -1), neighbour(s, session, 1),
                "/api/sessions/" + Links.enc(session.documentId()), accounts(s, session), SessionNames.of(session),
                compareWithBefore(s, session)));
    }

    /** The most sessions {@code /compare} sets side by side: more columns would not fit a page. */
    static final int COMPARED = 6;

    /**
     * {@code /compare?session=ID&session=ID...}: any sessions side by side, in the order given, as
     * the accounts of one meeting are (who took part and spoke in each, what each decided and
     * tasked), each headed by its {@link SessionNames name}; null when fewer than two are sessions.
     */
    String compare(Context ctx) {
        Tables t = derived.now();
        List<Session> found = new ArrayList<>();
        for (String id : ctx.queryParams("session").stream().distinct().limit(COMPARED).toList()) t.session(id).ifPresent(found::add);
        if (found.size() < 2) return null;
        List<String> names = new ArrayList<>();
        List<String> told = SessionNames.apart(found, files.of(t));
        for (int i = 0; i < found.size(); i++) {
            String date = found.get(i).date() == null || found.get(i).date().isEmpty() ? "undated" : found.get(i).date();
            names.add(told.get(i).isEmpty() ? date : date + " · " + told.get(i));
        }
        AccountsView view = AccountsView.of(found, "", id -> t.person(id).map(p -> p.preferredName()).orElse(null), names);
        return Templates.render("compare.jte", view);
    }

    /** The meeting's accounts side by side, in the order of their ids; empty when this is its only record. */
    private static AccountsView accounts(Tables s, Session session) {
        List<Session> accounts = new ArrayList<>();
        for (String id : session.accounts()) s.session(id).ifPresent(accounts::add);
        return AccountsView.of(accounts, session.documentId(), id -> s.person(id).map(p -> p.preferredName()).orElse(null));
    }

    /** {@code /compare} of the session before this one and this one, or null for the first. */
    private static String compareWithBefore(Tables s, Session session) {
        int at = s.sessionPosition(session.documentId()) - 1;
        if (at < 0) return null;
        List<Session> before = s.sessions(at, 1);
        return before.isEmpty() ? null
                : "/compare?session=" + Links.enc(before.getFirst().documentId()) + "&session=" + Links.enc(session.documentId());
    }

    private static PersonLink link(Tables s, String written, String personId) {
        if (personId == null) return new PersonLink(written, null, Links.person(written));
        String preferred = s.person(personId).map(p -> p.preferredName()).orElse(null);
        return new PersonLink(written, written.equals(preferred) ? null : preferred, Links.person(personId));
    }

    /** The session before or after in date order, as a link labelled with its date and protocol. */
    private static Link neighbour(Tables s, Session session, int step) {
        int at = s.sessionPosition(session.documentId()) + step;
        if (at < 0) return null;
        List<Session> next = s.sessions(at, 1);
        if (next.isEmpty()) return null;
        Session other = next.getFirst();
        return new Link(SessionNames.of(other), Links.session(other.documentId()));
    }

    private static String protocol(ProtocolRef p) {
        return (p.point() == null ? "" : "Point " + p.point() + " of ") + "Protocol No. " + p.number();
    }

    private static String counts(SessionSummary s) {
        return s.participants() + " taking part · " + s.speakers() + (s.speakers() == 1 ? " speaker, " : " speakers, ") + s.turns()
                + (s.turns() == 1 ? " turn · " : " turns · ") + s.decisions() + (s.decisions() == 1 ? " decision · " : " decisions · ")
                + s.tasks() + (s.tasks() == 1 ? " task" : " tasks");
    }
}
