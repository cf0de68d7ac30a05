package org.fonds.deliberation.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.fonds.deliberation.DeliberationsBuilder;
import org.fonds.deliberation.DocumentRows;
import org.fonds.deliberation.Resolved;
import org.fonds.deliberation.people.People;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Attendee;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;
import org.fonds.deliberation.tables.Json;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.TimelineEntry;

/**
 * The derived tables in one database file, written from a {@link DeliberationsBuilder} that holds
 * every record's extract. {@link #rebuild} writes every document; {@link #update} rewrites only
 * what a change reaches (see {@link #update}). Either way the file ends up with the same rows, which
 * {@link #dump()} shows in a canonical order. Not safe for concurrent writers: the archive's write
 * lock keeps to one.
 */
public final class TablesDb implements AutoCloseable {
    private static final int BATCH = 2_000;
    private final Connection connection;
    private final Dialect dialect;
    private final Path file;

    private TablesDb(Path file, Dialect dialect, Connection connection) {
        this.file = file;
        this.dialect = dialect;
        this.connection = connection;
    }

    /** Opens (or creates) the tables in {@code file}. */
    public static TablesDb open(Path file, Dialect dialect) throws SQLException {
        Connection c = DriverManager.getConnection(dialect.url(file));
        try {
            dialect.configure(c);
            Schema.create(c, dialect);
            c.setAutoCommit(false);
            c.commit();
            return new TablesDb(file, dialect, c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public static TablesDb open(Path file) throws SQLException {
        return open(file, Dialect.SQLITE);
    }

    public Path file() {
        return file;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** A reader on a connection of its own (readers and a writer may work at once in WAL mode). */
    public DbTables reader() throws SQLException {
        return DbTables.open(file, dialect);
    }

    /** What an update wrote: documents whose rows were written again, people written, forms that changed person. */
    public record Written(int documents, int people, int forms) {
    }

    /** Every table emptied, then every document of {@code builder} written. */
    public Written rebuild(DeliberationsBuilder builder) throws SQLException {
        return rebuild(builder, builder.resolve());
    }

    /** As {@link #rebuild(DeliberationsBuilder)}, with the resolution of {@code builder} already worked out. */
    public Written rebuild(DeliberationsBuilder builder, Resolved resolved) throws SQLException {
        try {
            try (java.sql.Statement s = connection.createStatement()) {
                for (String table : Schema.PER_DOCUMENT) s.execute("DELETE FROM " + table);
                s.execute("DELETE FROM people");
                s.execute("DELETE FROM person_documents");
                s.execute("DELETE FROM forms");
            }
            Map<String, String> forms = new HashMap<>();
            try (Rows rows = new Rows(connection)) {
                for (String id : builder.documentIds()) {
                    DocumentRows r = builder.rows(resolved, id);
                    rows.insert(r);
                    // a form that means no one is kept too (a null value; computeIfAbsent would drop it)
                    for (String f : r.forms()) if (!forms.containsKey(f)) forms.put(f, resolved.people().idOf(f));
                }
                rows.flush();
            }
            writeForms(forms, Set.of());
            int people = writePeople(resolved.people(), true);
            setVersion();
            connection.commit();
            dialect.compact(connection);
            return new Written(builder.size(), people, forms.size());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Brings the tables up to {@code builder} after the documents {@code changed} were added, changed
     * or removed (a removed one is no longer in the builder). Who is who and which records are one
     * meeting are worked out again over the whole corpus, in memory, from the names alone (see
     * BENCHMARKS.md for why a narrower scope would be wrong); what is written is only what changed:
     * the rows of the changed documents, of the documents that use a name form whose person changed,
     * of the sessions whose meeting gained or lost an account and of the documents whose copies changed;
     * the people whose entry changed.
     */
    public Written update(DeliberationsBuilder builder, Collection<String> changed) throws SQLException {
        return update(builder, builder.resolve(), changed);
    }

    /** As {@link #update(DeliberationsBuilder, Collection)}, with the resolution of {@code builder} already worked out. */
    public Written update(DeliberationsBuilder builder, Resolved resolved, Collection<String> changed) throws SQLException {
        People people = resolved.people();
        try {
            Set<String> rewrite = new TreeSet<>(changed);
            // forms the changed documents used before, or use now, and every form already known
            Map<String, String> known = readForms();
            Set<String> candidates = new TreeSet<>(known.keySet());
            List<DocumentRows> fresh = new ArrayList<>();
            for (String id : changed) {
                if (!builder.contains(id)) continue;
                DocumentRows r = builder.rows(resolved, id);
                fresh.add(r);
                candidates.addAll(r.forms());
            }
            Map<String, String> moved = new LinkedHashMap<>();
            for (String f : candidates) {
                String now = people.idOf(f);
                if (!known.containsKey(f) || !Objects.equals(known.get(f), now)) moved.put(f, now);
            }
            for (String f : moved.keySet()) if (known.containsKey(f)) rewrite.addAll(documentsUsing(f));
            rewrite.addAll(meetingsChanged(resolved));
            rewrite.addAll(worksChanged(resolved));
            Map<String, DocumentRows> ready = new HashMap<>();
            for (DocumentRows r : fresh) ready.put(r.documentId(), r);
            try (Rows rows = new Rows(connection)) {
                rows.delete(rewrite);
                for (String id : rewrite) {
                    if (!builder.contains(id)) continue;
                    rows.insert(ready.containsKey(id) ? ready.get(id) : builder.rows(resolved, id));
                }
                rows.flush();
            }
            writeForms(moved, forgotten(changed, candidates));
            int written = writePeople(people, false);
            setVersion();
            connection.commit();
            return new Written(rewrite.size(), written, moved.size());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Forms the tables map that no document uses any more (only the changed documents can have dropped one). */
    private Set<String> forgotten(Collection<String> changed, Set<String> candidates) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement used = connection.prepareStatement("SELECT 1 FROM document_forms WHERE form = ? LIMIT 1");
             PreparedStatement before = connection.prepareStatement("SELECT form FROM forms")) {
            Set<String> mapped = new TreeSet<>();
            try (ResultSet rs = before.executeQuery()) {
                while (rs.next()) mapped.add(rs.getString(1));
            }
            for (String f : mapped) {
                if (!candidates.contains(f)) continue;
                used.setString(1, f);
                try (ResultSet rs = used.executeQuery()) {
                    if (!rs.next()) out.add(f);
                }
            }
        }
        return out;
    }

    private Map<String, String> readForms() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT form, person_id FROM forms"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    private List<String> documentsUsing(String form) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT doc_id FROM document_forms WHERE form = ?")) {
            ps.setString(1, form);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Documents whose work (a copy of another's text found or lost) is not the one stored. */
    private List<String> worksChanged(Resolved resolved) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT doc_id, work_id FROM documents"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                if (!resolved.workOf(id).equals(rs.getString(2))) out.add(id);
            }
        }
        return out;
    }

    /** Sessions whose list of accounts of their meeting is not the one stored. */
    private List<String> meetingsChanged(Resolved resolved) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT doc_id, accounts FROM sessions"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                if (!String.join(" ", resolved.accounts(id)).equals(rs.getString(2))) out.add(id);
            }
        }
        return out;
    }

    private void writeForms(Map<String, String> forms, Set<String> gone) throws SQLException {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM forms WHERE form = ?");
             PreparedStatement ins = connection.prepareStatement("INSERT INTO forms (form, person_id) VALUES (?, ?)")) {
            for (String f : forms.keySet()) {
                del.setString(1, f);
                del.addBatch();
            }
            for (String f : gone) {
                del.setString(1, f);
                del.addBatch();
            }
            del.executeBatch();
            for (Map.Entry<String, String> e : forms.entrySet()) {
                if (gone.contains(e.getKey())) continue;
                ins.setString(1, e.getKey());
                ins.setString(2, e.getValue());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /**
     * Writes the people whose whole entry (documents included) is not the one stored, all of them
     * when {@code all}, and deletes those gone. Of a person's documents only the rows that differ are
     * written: a member named in most of the corpus gains a few documents in an update, not all of them.
     */
    private int writePeople(People people, boolean all) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        if (!all) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, whole FROM people"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) stored.put(rs.getString(1), rs.getString(2));
            }
        }
        int written = 0;
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM people WHERE id = ?");
             PreparedStatement ins = connection.prepareStatement("INSERT INTO people (id, doc, whole) VALUES (?, ?, ?)");
             PreparedStatement delDocs = connection.prepareStatement("DELETE FROM person_documents WHERE person_id = ?")) {
            Set<String> now = new TreeSet<>();
            for (Person p : people.all()) {
                now.add(p.id());
                String whole = digest(json(p));
                if (whole.equals(stored.get(p.id()))) continue;
                if (stored.containsKey(p.id())) {
                    del.setString(1, p.id());
                    del.executeUpdate();
                }
                ins.setString(1, p.id());
                ins.setString(2, json(org.fonds.deliberation.read.Tables.entry(p)));
                ins.setString(3, whole);
                ins.executeUpdate();
                writeDocuments(p, stored.containsKey(p.id()));
                written++;
            }
            for (String id : stored.keySet()) {
                if (now.contains(id)) continue;
                del.setString(1, id);
                del.executeUpdate();
                delDocs.setString(1, id);
                delDocs.executeUpdate();
                written++;
            }
        }
        return written;
    }

    /** The person's documents with their roles there: the rows that differ from those stored. */
    private void writeDocuments(Person p, boolean stored) throws SQLException {
        Map<String, String> before = new HashMap<>();
        if (stored) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT doc_id, roles FROM person_documents WHERE person_id = ?")) {
                ps.setString(1, p.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) before.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM person_documents WHERE person_id = ? AND doc_id = ?");
             PreparedStatement ins = connection.prepareStatement("INSERT INTO person_documents (person_id, doc_id, roles) VALUES (?, ?, ?)")) {
            Set<String> after = new TreeSet<>();
            for (String doc : p.documents()) {
                after.add(doc);
                String roles = json(p.rolesByDocument().getOrDefault(doc, List.of()));
                if (roles.equals(before.get(doc))) continue;
                if (before.containsKey(doc)) {
                    del.setString(1, p.id());
                    del.setString(2, doc);
                    del.addBatch();
                }
                ins.setString(1, p.id());
                ins.setString(2, doc);
                ins.setString(3, roles);
                ins.addBatch();
            }
            for (String doc : before.keySet()) {
                if (after.contains(doc)) continue;
                del.setString(1, p.id());
                del.setString(2, doc);
                del.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    private static String digest(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private void setVersion() throws SQLException {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM meta WHERE name = 'version'");
             PreparedStatement ins = connection.prepareStatement("INSERT INTO meta (name, val) VALUES ('version', ?)")) {
            del.executeUpdate();
            ins.setString(1, Schema.VERSION);
            ins.executeUpdate();
        }
    }

    /** How many sessions the tables hold. */
    public int sessionCount() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM sessions"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** True when the file holds tables written by this version of the schema (an empty or older file does not). */
    public boolean current() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT val FROM meta WHERE name = 'version'"); ResultSet rs = ps.executeQuery()) {
            return rs.next() && Schema.VERSION.equals(rs.getString(1));
        }
    }

    /**
     * Every row of every table, one line each, tables in a fixed order and rows sorted: two files
     * with equal dumps hold the same tables, however they were written.
     */
    public String dump() throws SQLException {
        StringBuilder out = new StringBuilder();
        List<String> tables = new ArrayList<>(List.of("meta", "people", "person_documents", "forms"));
        tables.addAll(Schema.PER_DOCUMENT);
        for (String table : tables) {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM " + table); ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder(table);
                    for (int i = 1; i <= n; i++) line.append('\t').append(rs.getString(i));
                    lines.add(line.toString());
                }
            }
            lines.sort(null);
            for (String l : lines) out.append(l).append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a table row did not write as JSON", e);
        }
    }

    /** The batched deletes and inserts of documents' rows. */
    private static final class Rows implements AutoCloseable {
        private final Connection c;
        private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
        private int pending;

        Rows(Connection c) {
            this.c = c;
        }

        void delete(Collection<String> ids) throws SQLException {
            for (String table : Schema.PER_DOCUMENT) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
                    for (String id : ids) {
                        ps.setString(1, id);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        }

        void insert(DocumentRows r) throws SQLException {
            String id = r.documentId();
            String day = r.sortDate();
            add("INSERT INTO documents (doc_id, sort_day, title, dated, kind, work_id) VALUES (?, ?, ?, ?, ?, ?)", id, day, r.title(), r.date(),
                    r.kind(), r.work());
            for (String f : r.forms()) add("INSERT INTO document_forms (doc_id, form) VALUES (?, ?)", id, f);
            Session s = r.session();
            if (s != null) {
                add("INSERT INTO sessions (doc_id, sort_day, dated, title, accounts, doc) VALUES (?, ?, ?, ?, ?, ?)", id, day, s.date(), s.title(),
                        String.join(" ", s.accounts()), json(s));
                for (Map.Entry<String, int[]> e : personSessions(s).entrySet()) {
                    add("INSERT INTO person_sessions (person_id, doc_id, sort_day, attended, spoke, turns, meeting, work) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            e.getKey(), id, day, e.getValue()[0], e.getValue()[1], e.getValue()[2],
                            s.accounts().isEmpty() ? id : s.accounts().get(0), r.work());
                }
            }
            int seq = 0;
            for (Statement st : r.statements()) {
                add("INSERT INTO statements (person_id, doc_id, sort_day, seq, dated, turn, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        st.personId(), id, day, seq++, st.date(), st.turn(), st.text());
            }
            seq = 0;
            for (LogEntry e : r.log()) {
                add("INSERT INTO log (doc_id, sort_day, seq, dated, kind, body, person_ids) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id, day, seq, e.date(), e.kind(), e.text(), json(e.personIds()));
                for (String p : e.personIds()) add("INSERT INTO task_people (person_id, doc_id, sort_day, seq) VALUES (?, ?, ?, ?)", p, id, day, seq);
                seq++;
            }
            seq = 0;
            for (DocumentRows.FileCitation f : r.references()) {
                var ref = f.reference();
                var cit = f.citation();
                add("INSERT INTO file_citations (doc_id, sort_day, seq, note, file_key, archive, fond, opis, papka, delo, leaves, place, body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, day, seq++, noteNumber(cit.where()), SortKeys.file(ref), ref.archive(),
                        ref.fond(), ref.opis(), ref.papka(), ref.delo(), cit.leaves(), cit.where(), cit.text());
            }
            seq = 0;
            for (DocumentRows.WorkCitation w : r.works()) {
                add("INSERT INTO work_citations (doc_id, seq, note, work_key, title, kind, place, leaves, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id, seq++, noteNumber(w.citation().where()), SortKeys.work(w.title(), w.kind()), w.title(), w.kind(),
                        w.citation().where(), w.citation().leaves(), w.citation().text());
            }
            seq = 0;
            for (TimelineEntry t : r.dates()) {
                add("INSERT INTO timeline (dated, doc_id, note, pos, seq, place, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        t.date(), id, noteNumber(t.where()), t.offset(), seq++, t.where(), t.text());
            }
        }

        /** Who attended (1/0), spoke (1/0) and the turns they opened, by person, as the attendance and speaking matrices count them. */
        private static Map<String, int[]> personSessions(Session s) {
            Map<String, int[]> out = new java.util.TreeMap<>();
            for (Attendee a : s.participants()) if (a.personId() != null) out.computeIfAbsent(a.personId(), k -> new int[3])[0] = 1;
            for (SpeakerCount c : s.speakers()) {
                if (c.personId() == null) continue;
                int[] n = out.computeIfAbsent(c.personId(), k -> new int[3]);
                n[1] = 1;
                n[2] += c.turns();
            }
            return out;
        }

        private void add(String sql, Object... values) throws SQLException {
            PreparedStatement ps = inserts.get(sql);
            if (ps == null) {
                ps = c.prepareStatement(sql);
                inserts.put(sql, ps);
            }
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof Integer n) ps.setInt(i + 1, n);
                else ps.setString(i + 1, (String) v);
            }
            ps.addBatch();
            if (++pending >= BATCH) flush();
        }

        void flush() throws SQLException {
            for (PreparedStatement ps : inserts.values()) ps.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : inserts.values()) ps.close();
        }

        private static int noteNumber(String where) {
            return where.startsWith("note ") ? Integer.parseInt(where.substring(5)) : 0;
        }
    }
}
