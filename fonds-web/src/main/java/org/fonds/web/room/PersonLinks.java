package org.fonds.web.room;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.sessions.Attendee;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;
import org.fonds.web.room.DocumentView.Link;

/**
 * Where a name written in a document leads: to the person's page when the document's session
 * resolves the name to a person, else to the page of the name as written (a search by name, the
 * only thing one can say of a name no one has resolved).
 */
record PersonLinks(Map<String, String> ids) {
    static final PersonLinks NONE = new PersonLinks(Map.of());

    PersonLinks {
        ids = Map.copyOf(ids);
    }

    /** The names of a session's participants and speakers with the people they resolve to. */
    static PersonLinks of(Session session) {
        Map<String, String> ids = new HashMap<>();
        for (Attendee a : session.participants()) if (a.personId() != null) ids.put(a.name(), a.personId());
        for (SpeakerCount s : session.speakers()) if (s.personId() != null) ids.put(s.name(), s.personId());
        return new PersonLinks(ids);
    }

    String url(String name) {
        return Links.person(ids.getOrDefault(name, name));
    }

    List<Link> links(List<String> names) {
        return names.stream().map(n -> new Link(n, url(n))).toList();
    }
}
