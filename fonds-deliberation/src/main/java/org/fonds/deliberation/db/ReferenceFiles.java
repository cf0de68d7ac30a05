package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How many archival files the documents cite, kept in {@code meta} as {@code file_keys}: the list
 * of references asked for it on every page, and counting the distinct files of 470,000 citations
 * walked them all (60-75 ms at 100,000 records). A rebuild counts them once; an update follows the
 * files its documents cited before and cite now, and adds a file that gained its first citation and
 * takes away one that lost its last.
 */
final class ReferenceFiles {
    static final String META = "file_keys";

    private ReferenceFiles() {
    }

    /** Counts every file afresh and keeps the count. */
    static void recount(Connection c) throws SQLException {
        int n;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT file_key) FROM file_citations"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            n = rs.getInt(1);
        }
        keep(c, n);
    }

    private static void keep(Connection c, int n) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM meta WHERE name = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO meta (name, val) VALUES (?, ?)")) {
            del.setString(1, META);
            del.executeUpdate();
            ins.setString(1, META);
            ins.setString(2, Integer.toString(n));
            ins.executeUpdate();
        }
    }

    /** The files an update may change the count of: those its documents cited before it and cite after. */
    static final class Touched {
        private final Set<String> ids;
        private final Set<String> before = new TreeSet<>();

        /** Before the documents' rows go: the files they cite now. */
        Touched(Connection c, Collection<String> ids) throws SQLException {
            this.ids = new TreeSet<>(ids);
            before.addAll(keysOf(c, this.ids));
        }

        /** After their rows are written again: the count moved by the files that gained their first citation or lost their last. */
        void apply(Connection c) throws SQLException {
            Integer kept = kept(c);
            if (kept == null) {
                recount(c);
                return;
            }
            int n = kept;
            Set<String> all = new TreeSet<>(before);
            all.addAll(keysOf(c, ids));
            for (String k : all) {
                List<String> citing = citing(c, k);
                boolean now = !citing.isEmpty();
                // cited before: by one of these documents then, or by a document the update did not touch
                boolean then = before.contains(k) || citing.stream().anyMatch(d -> !ids.contains(d));
                if (now && !then) n++;
                if (!now && then) n--;
            }
            keep(c, n);
        }

        private static Set<String> keysOf(Connection c, Collection<String> ids) throws SQLException {
            return Lookups.each(c, "SELECT DISTINCT file_key FROM file_citations WHERE doc_id = ?", ids, new TreeSet<>());
        }

        private static List<String> citing(Connection c, String key) throws SQLException {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT doc_id FROM file_citations WHERE file_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** The count kept, or null when the file has none (tables of the schema before). */
    static Integer kept(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT val FROM meta WHERE name = ?")) {
            ps.setString(1, META);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Integer.valueOf(rs.getString(1)) : null;
            }
        }
    }
}
