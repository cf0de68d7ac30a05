package org.fonds.deliberation.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fonds.deliberation.people.People;
import org.fonds.record.ProtocolRef;

/**
 * One working-notes record as a session: its date, protocol references, agenda, participants,
 * speakers with their turn counts, decisions and tasks. {@link SessionReader} makes it from a record
 * with names only; {@link #resolve(People)} fills in the person ids once everyone is known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Session(String documentId, String date, String title, List<ProtocolRef> protocolRefs,
                      List<AgendaItem> agendaItems, List<Attendee> participants, List<SpeakerCount> speakers,
                      List<Decision> decisions, List<Task> tasks) {
    public Session {
        Objects.requireNonNull(documentId, "documentId");
        protocolRefs = List.copyOf(protocolRefs);
        agendaItems = List.copyOf(agendaItems);
        participants = List.copyOf(participants);
        speakers = List.copyOf(speakers);
        decisions = List.copyOf(decisions);
        tasks = List.copyOf(tasks);
    }

    /** The same session with every name resolved to the person it means. */
    public Session resolve(People people) {
        List<Attendee> attendees = new ArrayList<>();
        for (Attendee a : participants) attendees.add(new Attendee(people.idOf(a.name()), a.name()));
        List<SpeakerCount> counts = new ArrayList<>();
        for (SpeakerCount s : speakers) counts.add(new SpeakerCount(people.idOf(s.name()), s.name(), s.turns()));
        List<Task> resolved = new ArrayList<>();
        for (Task t : tasks) {
            List<String> ids = new ArrayList<>();
            for (String name : t.names()) {
                String id = people.idOf(name);
                if (id != null && !ids.contains(id)) ids.add(id);
            }
            resolved.add(new Task(t.documentId(), t.date(), t.text(), t.names(), ids));
        }
        return new Session(documentId, date, title, protocolRefs, agendaItems, attendees, counts, decisions, resolved);
    }
}
