package org.fonds.web.room;

import java.util.List;
import org.fonds.web.room.DocumentView.Link;
import org.fonds.web.room.ListView.Row;

/**
 * A person's page: names, roles, who they are (as an editor or a translator's note identifies them; {@code describedByEditor} says which), the documents naming them, the sessions they attended or spoke at,
 * their turns in date order (a page of them at a time) and the tasks given to them.
 */
public record PersonView(String id, String name, List<String> forms, String roles, boolean ambiguous, String note,
                         String description, boolean describedByEditor,
                         List<Row> documents, int documentCount, String allDocuments, List<SessionRow> sessions, int sessionCount,
                         List<StatementRow> statements, int statementCount, String statementsShown, String previous, String next,
                         List<TaskRow> tasks, int taskCount, String allTasks, List<Link> downloads, int workCount,
                         List<String> pseudonyms) {

    /**
     * A session seen from the person: took part (as the record lists), and the turns opened;
     * {@code apart} tells it from a session of the same day and title ({@link SessionNames#apart}), "" when none.
     */
    public record SessionRow(String url, String title, String date, String apart, boolean attended, int turns) {}

    /** A turn: in which session, when, its number in the session, what was said. */
    public record StatementRow(String url, String session, String date, int turn, String text) {}

    /** A task given to the person in a session. */
    public record TaskRow(String url, String date, String text) {}
}
