package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;

/** Lookups of one column by one key, asked for many keys on one prepared statement. */
final class Lookups {
    private Lookups() {
    }

    /**
     * Adds to {@code into} the first column of every row {@code sql} (one {@code ?}) gives for each of
     * {@code keys}, and returns it.
     */
    static Set<String> each(Connection c, String sql, Collection<String> keys, Set<String> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String k : keys) {
                ps.setString(1, k);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) into.add(rs.getString(1));
                }
            }
        }
        return into;
    }
}
