package org.fonds.deliberation.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fonds.deliberation.people.People;
import org.fonds.record.ProtocolRef;

/**
 * One record of a meeting as a session: its date, protocol references, agenda, participants,
 * speakers with their turn counts, decisions and tasks; {@code accounts} lists every record of the
 * same meeting (this one included) when there are several, so they can be read side by side. {@link SessionReader} makes it from a record
 * with names only; {@link #resolve(People)} fills in the person ids once everyone is known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Session(String documentId, String date, String title, List<ProtocolRef> protocolRefs,
                      List<AgendaItem> agendaItems, List<Attendee> participants, List<SpeakerCount> speakers,
                      List<Decision> decisions, List<Task> tasks,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> accounts) {
    public Session {
        Objects.requireNonNull(documentId, "documentId");
        protocolRefs = List.copyOf(protocolRefs);
        agendaItems = List.copyOf(agendaItems);
        participants = List.copyOf(participants);
        speakers = List.copyOf(speakers);
        decisions = List.copyOf(decisions);
        tasks = List.copyOf(tasks);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public Session(String documentId, String date, String title, List<ProtocolRef> protocolRefs,
                   List<AgendaItem> agendaItems, List<Attendee> participants, List<SpeakerCount> speakers,
                   List<Decision> decisions, List<Task> tasks) {
        this(documentId, date, title, protocolRefs, agendaItems, participants, speakers, decisions, tasks, List.of());
    }

    /** The same session as one account of a meeting that {@code accounts} (ids, this one included) record. */
    public Session withAccounts(List<String> accounts) {
        return new Session(documentId, date, title, protocolRefs, agendaItems, participants, speakers, decisions, tasks,
                accounts.size() > 1 ? accounts : List.of());
    }

    /** The same session with every name resolved to the person it means (in this document: an editor may have said so). */
    public Session resolve(People people) {
        List<Attendee> attendees = new ArrayList<>();
        for (Attendee a : participants) attendees.add(new Attendee(people.idIn(documentId, a.name()), a.name()));
        List<SpeakerCount> counts = new ArrayList<>();
        for (SpeakerCount s : speakers) counts.add(new SpeakerCount(people.idIn(documentId, s.name()), s.name(), s.turns()));
        List<Task> resolved = new ArrayList<>();
        for (Task t : tasks) {
            List<String> ids = idsIn(people, t.names());
            // "The Consultative Council is to be convened": a task that names no person is none
            // an editor's task is kept even when its names resolve to no one: the editor said it is one
            if (!ids.isEmpty() || t.correctedBy() != null) resolved.add(new Task(t.documentId(), t.date(), t.text(), t.names(), ids, t.correctedBy()));
        }
        List<Decision> linked = new ArrayList<>();
        for (Decision d : decisions) linked.add(d.withPersonIds(idsIn(people, d.names())));
        return new Session(documentId, date, title, protocolRefs, agendaItems, attendees, counts, linked, resolved, accounts);
    }

    /** The people {@code names} mean in this document, each once, in order. */
    private List<String> idsIn(People people, List<String> names) {
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            String id = people.idIn(documentId, name);
            if (id != null && !ids.contains(id)) ids.add(id);
        }
        return ids;
    }
}
