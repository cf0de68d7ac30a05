package org.fonds.web.room;

import java.util.List;
import org.fonds.web.room.DocumentView.Link;

/**
 * A session's page: when, the protocol it belongs to, the agenda with its points, who took part and
 * who spoke how often, what was decided and who was tasked with what; the sessions before and after;
 * the other accounts of the same meeting side by side. {@code name} tells it from other sessions of
 * its day ({@link SessionNames}): many share a title; {@code compare} sets it beside the session before (null for the first).
 */
public record SessionView(String id, String title, String date, String documentUrl, List<String> protocol,
                          List<AgendaRow> agenda, List<PersonLink> participants, List<SpeakerRow> speakers, List<DecisionView> decisions,
                          List<TaskView> tasks, Link previous, Link next, String json, AccountsView accounts,
                          String name, String compare) {

    /** An agenda item; {@code point} is its Roman numeral, or null. */
    public record AgendaRow(String point, String title) {}

    /** A name as the record writes it, the person's preferred name when it differs, and where it leads. */
    public record PersonLink(String written, String preferred, String url) {}

    public record SpeakerRow(PersonLink person, int turns) {}

    /** A task and the people tasked (groups such as "Hungarian comrades" name no one); {@code correctedBy} the editor whose correction made it so, or null. */
    public record TaskView(String text, List<PersonLink> people, String correctedBy) {}

    /** A decision; {@code correctedBy} the editor whose correction added or changed it, or null. */
    public record DecisionView(String text, String correctedBy) {}
}
