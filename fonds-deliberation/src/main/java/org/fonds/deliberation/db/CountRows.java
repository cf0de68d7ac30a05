package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Counts kept in a table by the writer, moved by an update's deltas: each key's counts added to its
 * row (the row made where there is none), and a row left with nothing counted deleted. Shared by the
 * attendance by month ({@link AttendanceMonths}) and each person's counts ({@link PersonCounts}).
 */
final class CountRows {
    private CountRows() {
    }

    /**
     * Adds {@code deltas} (by key, one value per column of {@code counts}) to {@code table}, whose key
     * columns are {@code key}; then deletes every row whose counts are all at nothing, and empties {@code deltas}.
     */
    static void add(Connection c, String table, List<String> key, List<String> counts, Map<List<String>, long[]> deltas) throws SQLException {
        String set = String.join(", ", counts.stream().map(col -> col + " = " + col + " + ?").toList());
        String where = String.join(" AND ", key.stream().map(col -> col + " = ?").toList());
        try (PreparedStatement up = c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE " + where);
             PreparedStatement ins = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", key) + ", " + String.join(", ", counts)
                     + ") VALUES (" + "?, ".repeat(key.size() + counts.size() - 1) + "?)")) {
            for (Map.Entry<List<String>, long[]> e : deltas.entrySet()) {
                long[] n = e.getValue();
                if (java.util.Arrays.stream(n).allMatch(x -> x == 0)) continue;
                for (int i = 0; i < n.length; i++) up.setLong(i + 1, n[i]);
                for (int i = 0; i < key.size(); i++) up.setString(n.length + i + 1, e.getKey().get(i));
                if (up.executeUpdate() > 0) continue;
                for (int i = 0; i < key.size(); i++) ins.setString(i + 1, e.getKey().get(i));
                for (int i = 0; i < n.length; i++) ins.setLong(key.size() + i + 1, n[i]);
                ins.executeUpdate();
            }
        }
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + table + " WHERE " + String.join(" AND ", counts.stream().map(col -> col + " <= 0").toList()));
        }
        deltas.clear();
    }
}
