package org.fonds.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fonds.record.stored.VersionSummary;

/**
 * One people change as its history shows it: its number (the version of the authority object it
 * wrote), when, by whom, what (action, the people it concerns, a line for people) and why; a revert
 * names the change it undid. Kept as the version's message, in JSON, so the store alone holds it.
 */
public record PeopleChange(int n, String at, String editor, String action, List<String> people, String summary, String reason,
                           Integer reverts) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private record Message(String editor, String at, String action, List<String> people, String summary, String reason, Integer reverts) {
    }

    public PeopleChange {
        people = people == null ? List.of() : List.copyOf(people);
    }

    static String message(PeopleCorrection c, PeopleCorrection.Applied applied, String editor, Instant now) {
        try {
            return JSON.writeValueAsString(new Message(editor, now.truncatedTo(ChronoUnit.SECONDS).toString(),
                    c.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), applied.people(), applied.summary(),
                    c.reason(), c.reverts()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PeopleChange of(VersionSummary v) {
        try {
            Message m = JSON.readValue(v.message(), Message.class);
            return new PeopleChange(v.version(), m.at(), m.editor(), m.action(), m.people(), m.summary(), m.reason(), m.reverts());
        } catch (JsonProcessingException e) {
            // a version written by hand or by another tool: shown as its message says
            return new PeopleChange(v.version(), v.created().toString(), "", "", List.of(), v.message(), "", null);
        }
    }

    /** Whether this change concerns the person {@code id}. */
    public boolean concerns(String id) {
        return people.contains(id);
    }
}
