package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of a read-only tables file that read the whole of a table (the chronology of every dated
 * record counts all 100,000 documents at 100,000 records: about 20 ms of SQLite per page), kept
 * until anything is committed to the file. The file's version is SQLite's {@code PRAGMA
 * data_version} on a connection of its own that never writes: it changes whenever another
 * connection, in this process or another (an ingest beside the server), commits. An answer is
 * kept with the version read <em>before</em> it was made, so one made across a commit is never
 * taken again: the version has moved on. Only for a file opened to read: a writer's own commits
 * do not move its connections' versions.
 */
final class KeptAnswers implements AutoCloseable {
    /**
     * Answers kept at most: keys may come from readers' input (a page's dates), and a page kept is
     * about 200 KB (who sat together at 40 people), so a crawler asking every range holds at most
     * about 13 MB; past it the answers of older versions go first, then any.
     */
    static final int MOST = 64;

    private final Connection watch;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(long version, Object answer) {
    }

    KeptAnswers(Connection watch) {
        this.watch = watch;
    }

    /** The answer kept under {@code key} while the file is unchanged since it was made, else {@code make}'s, kept. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> make) {
        long version = version();
        Kept k = kept.get(key);
        if (k != null && k.version() == version) return (T) k.answer();
        T answer = make.get();
        if (kept.size() >= MOST && !kept.containsKey(key)) makeRoom(version);
        kept.put(key, new Kept(version, answer));
        return answer;
    }

    /** Drops the answers of older versions; when every one is current, an arbitrary one (they cost a page's making again, no more). */
    private void makeRoom(long version) {
        kept.values().removeIf(k -> k.version() != version);
        var any = kept.keySet().iterator();
        while (kept.size() >= MOST && any.hasNext()) {
            any.next();
            any.remove();
        }
    }

    /** How many answers are kept (for tests). */
    int size() {
        return kept.size();
    }

    private synchronized long version() {
        try (PreparedStatement ps = watch.prepareStatement("PRAGMA data_version"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the tables database could not tell its version", e);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        watch.close();
    }
}
