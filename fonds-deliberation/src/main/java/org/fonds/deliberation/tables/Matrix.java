package org.fonds.deliberation.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * People by sessions, stored sparse: the axes in order (people by id, sessions by date then id)
 * and the non-empty cells. {@code measure} says what a cell counts: "attended" or "turns".
 */
public record Matrix(String measure, List<String> people, List<String> sessions, List<Cell> cells) implements Table {
    public Matrix {
        Objects.requireNonNull(measure, "measure");
        people = List.copyOf(people);
        sessions = List.copyOf(sessions);
        cells = List.copyOf(cells);
    }

    /** The value at a person and a session, 0 when empty. */
    public int value(String personId, String documentId) {
        for (Cell c : cells) {
            if (c.personId().equals(personId) && c.documentId().equals(documentId)) return c.value();
        }
        return 0;
    }

    @Override
    public List<String> header() {
        return List.of("person", "session", measure);
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>(cells.size());
        for (Cell c : cells) rows.add(List.of(c.personId(), c.documentId(), Integer.toString(c.value())));
        return rows;
    }
}
