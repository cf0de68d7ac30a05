package org.fonds.deliberation.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded databases the tables were measured on (BENCHMARKS.md): what differs between them is
 * the file's address, the type of a long text, and the settings made when a connection opens.
 */
public enum Dialect {
    /** The one the product uses: fastest on point queries and small updates, one file. */
    SQLITE("VARCHAR") {
        @Override
        String url(Path file) {
            return "jdbc:sqlite:" + file;
        }

        @Override
        String clustered() {
            // the table is a tree by its primary key, with no rowid and no second index for that order
            return " WITHOUT ROWID";
        }

        @Override
        String where(String condition) {
            return " WHERE " + condition;
        }

        @Override
        void configure(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                // WAL: readers (serve) go on reading while a writer (ingest) commits
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=60000");
                s.execute("PRAGMA cache_size=-65536");
            }
        }

        @Override
        void configureUnread(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                // no log and no syncs: nothing reads the file while it is written, a crash leaves a file thrown away
                // (the caller forces it to disk before it moves it into place); a whole build through the write-ahead
                // log wrote every page twice, nine gigabytes each at a million records (BENCHMARKS.md, issue 14)
                s.execute("PRAGMA journal_mode=OFF");
                s.execute("PRAGMA synchronous=OFF");
                s.execute("PRAGMA cache_size=" + UNREAD_CACHE);
            }
        }

        @Override
        void compact(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                // a rebuild leaves the whole file in the write-ahead log: copy it in and empty the log
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    },
    /** H2 limits VARCHAR to a megabyte: a person's entry (every document that names them) can be longer. */
    H2("CHARACTER LARGE OBJECT") {
        @Override
        String url(Path file) {
            String name = file.toString();
            return "jdbc:h2:file:" + (name.endsWith(".mv.db") ? name.substring(0, name.length() - 6) : name);
        }
    },
    DUCKDB("VARCHAR") {
        @Override
        String url(Path file) {
            return "jdbc:duckdb:" + file;
        }
    };

    private final String longText;

    Dialect(String longText) {
        this.longText = longText;
    }

    abstract String url(Path file);

    String longText() {
        return longText;
    }

    /** The type of packed bytes ({@link Packed}). */
    String blob() {
        return "BLOB";
    }

    /** What ends the definition of a table kept in the order of its primary key; nothing where that is not said. */
    String clustered() {
        return "";
    }

    /** What ends an index kept only of the rows meeting {@code condition}; nothing where that is not said (the index holds every row). */
    String where(String condition) {
        return "";
    }

    void configure(Connection c) throws SQLException {
    }

    /** A whole build's page cache, in SQLite's units (negative: kibibytes). */
    static final int UNREAD_CACHE = -262_144;

    /** For a new file no one reads until it is complete and moved into place ({@link TablesDb#createUnread}). */
    void configureUnread(Connection c) throws SQLException {
        configure(c);
    }

    /** After a bulk write, outside any transaction. */
    void compact(Connection c) throws SQLException {
    }
}
