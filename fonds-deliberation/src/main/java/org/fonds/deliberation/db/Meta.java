package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code meta} table's rows: the tables' version, the authority they were written with, whether name counts are held. */
final class Meta {
    private Meta() {
    }

    static void set(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM meta WHERE name = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO meta (name, val) VALUES (?, ?)")) {
            del.setString(1, name);
            del.executeUpdate();
            ins.setString(1, name);
            ins.setString(2, value);
            ins.executeUpdate();
        }
    }

    /** The value of {@code name}, or null when there is no such row. */
    static String get(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT val FROM meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
