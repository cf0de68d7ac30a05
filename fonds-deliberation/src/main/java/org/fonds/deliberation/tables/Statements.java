package org.fonds.deliberation.tables;

import java.util.ArrayList;
import java.util.List;

/** Every person's turns across sessions, by person, then date, then session and turn order. */
public record Statements(List<Statement> statements) implements Table {
    public Statements {
        statements = List.copyOf(statements);
    }

    /** One person's statements in date order. */
    public List<Statement> of(String personId) {
        return statements.stream().filter(s -> s.personId().equals(personId)).toList();
    }

    @Override
    public List<String> header() {
        return List.of("person", "session", "date", "turn", "text");
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            rows.add(List.of(s.personId(), s.documentId(), nz(s.date()), Integer.toString(s.turn()), s.text()));
        }
        return rows;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
