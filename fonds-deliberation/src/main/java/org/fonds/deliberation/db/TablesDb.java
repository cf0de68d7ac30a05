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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.fonds.deliberation.DeliberationsBuilder;
import org.fonds.deliberation.DocumentRows;
import org.fonds.deliberation.Resolved;
import org.fonds.deliberation.StoredGroups;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.NameForms;
import org.fonds.deliberation.people.People;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.people.Role;
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
    private PeopleScope.Outcome lastScope;
    private String lastTimes = "none";
    /** Above this many sessions regrouped, their accounts as stored are read in one pass ({@link #storedAccounts}). */
    private int onePass = 1_000;
    /** Why the last update could not keep who is who as held, or null. */
    private String lastNotKept;
    /** The groups as held before the update under way ({@link #stored()}); null between updates. */
    private StoredGroups stored;
    private double most = PeopleScope.MOST;

    private TablesDb(Path file, Dialect dialect, Connection connection) {
        this.file = file;
        this.dialect = dialect;
        this.connection = connection;
    }

    /** Opens (or creates) the tables in {@code file}. */
    public static TablesDb open(Path file, Dialect dialect) throws SQLException {
        return open(file, dialect, false);
    }

    /**
     * Makes tables in a new {@code file} that nothing reads until a whole build is written and the caller
     * has moved it into place: written without a log (SQLite), so a crash leaves a file to throw away.
     * Any file there is replaced. The caller forces it to disk before it moves it (a move is not a sync).
     */
    public static TablesDb createUnread(Path file) throws SQLException {
        try {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) java.nio.file.Files.deleteIfExists(Path.of(file + suffix));
        } catch (java.io.IOException e) {
            throw new SQLException("could not clear " + file + ": " + e.getMessage(), e);
        }
        return open(file, Dialect.SQLITE, true);
    }

    private static TablesDb open(Path file, Dialect dialect, boolean unread) throws SQLException {
        Connection c = DriverManager.getConnection(dialect.url(file));
        try {
            if (unread) dialect.configureUnread(c);
            else dialect.configure(c);
            Schema.create(c, dialect);
            c.setAutoCommit(false);
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
        // the corpus-wide readings worked out once, for who is who and for the readings stored
        NameForms forms = builder.nameForms();
        return rebuild(builder, builder.resolve(People.build(forms, builder.allNames())), forms);
    }

    /** As {@link #rebuild(DeliberationsBuilder)}, with the resolution of {@code builder} already worked out. */
    public Written rebuild(DeliberationsBuilder builder, Resolved resolved) throws SQLException {
        return rebuild(builder, resolved, builder.nameForms());
    }

    private Written rebuild(DeliberationsBuilder builder, Resolved resolved, NameForms readings) throws SQLException {
        try {
            try (java.sql.Statement s = connection.createStatement()) {
                for (String table : Schema.PER_DOCUMENT) s.execute("DELETE FROM " + table);
                for (String table : List.of("people", "person_documents", "forms", "name_forms", "person_surnames", "person_counts")) s.execute("DELETE FROM " + table);
            }
            Map<String, String> forms = new HashMap<>();
            List<String> indexes = dropDocumentIndexes();
            try (Rows rows = Rows.sorted(connection, dialect)) {
                for (String id : builder.documentIds()) {
                    DocumentRows r = builder.rows(resolved, id);
                    rows.insert(r);
                    // a form that means no one is kept too (a null value; computeIfAbsent would drop it)
                    for (String f : r.forms()) if (!forms.containsKey(f)) forms.put(f, resolved.people().idOf(f));
                }
                rows.copySorted();
                rows.applyCounts();
            }
            createIndexes(indexes);
            MeetingCounts.fill(connection);
            TimelineSteps.rebuild(connection);
            ReferenceFiles.recount(connection);
            writeForms(forms, Set.of());
            int people = writePeople(resolved.people(), null, false);
            PeopleScope.writeReadings(connection, readings, null);
            NameCountsTable.write(connection, readings.counts());
            setVersion();
            setMeta(AUTHORITY, AuthorityChange.fingerprint(builder.authority()));
            connection.commit();
            builder.forgetPrevious();
            dialect.compact(connection);
            return new Written(builder.size(), people, forms.size());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Brings the tables up to {@code builder} after the documents {@code changed} were added, changed
     * or removed (a removed one is no longer in the builder). Who is who is worked out again only for
     * the surnames the change can reach ({@link PeopleScope}); which records are one meeting and which
     * the same text over every record, read back only where a group can differ from the one held
     * ({@link DeliberationsBuilder#regroup}).
     * What is written is only what changed: the rows of the
     * changed documents, of the documents that use a name form whose person changed, of the sessions
     * whose meeting gained or lost an account and of the documents whose copies changed; the people
     * whose entry changed.
     */
    public Written update(DeliberationsBuilder builder, Collection<String> changed) throws SQLException {
        stored = null;
        if (!current()) return writeWhole(builder);
        try {
            long t0 = System.nanoTime();
            Map<String, String> known = readForms();
            boolean sameAuthority = AuthorityChange.fingerprint(builder.authority()).equals(meta(AUTHORITY));
            String notKept = PeopleScope.notKept(builder, changed, known, sameAuthority);
            PeopleScope.Outcome kept = notKept == null ? PeopleScope.asHeld(builder, known) : null;
            PeopleScope.Outcome scoped = kept != null ? kept : PeopleScope.resolve(connection, builder, changed, known, most);
            lastNotKept = notKept;
            long t1 = System.nanoTime();
            Resolved resolved = builder.regroup(scoped.people(), changed, stored());
            long t2 = System.nanoTime();
            Written w = update(builder, resolved, changed, Set.of(), known, scoped);
            if (w == null) {
                // a document with editors' assignments among those to write: who is who worked out after all
                lastNotKept = "a document to write has editors' assignments";
                scoped = PeopleScope.resolve(connection, builder, changed, known, most);
                t1 = System.nanoTime();
                resolved = builder.regroup(scoped.people(), changed, stored());
                t2 = System.nanoTime();
                w = update(builder, resolved, changed, Set.of(), known, scoped);
            }
            lastScope = scoped;
            lastTimes = times(t0, t1, t2) + regrouped(resolved);
            return w;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Brings the tables up to {@code builder} after a change of the authority alone ({@code before}
     * was the authority the tables were written with; the builder holds the new one and the same
     * documents): who is who is worked out again for the surnames of the forms the change reaches
     * ({@link AuthorityChange}) and of the readings it flips, and only the rows depending on them are
     * written, with those of the documents an assignment added or removed names. Falls back to the
     * whole corpus where {@link PeopleScope} does (most documents reached, a slug shared outside the scope).
     */
    public Written updateAuthority(DeliberationsBuilder builder, Authority before) throws SQLException {
        stored = null;
        lastNotKept = null;
        if (!current()) return writeWhole(builder);
        if (!AuthorityChange.fingerprint(before).equals(meta(AUTHORITY))) {
            // written with another authority than the one said (authority.json edited by hand since, or tables of
            // the version before): the difference of the two cannot say what changed
            Written w = rebuild(builder);
            lastScope = new PeopleScope.Outcome(null, null, null, builder.size(), "the tables were not written with the authority before");
            lastTimes = "rebuilt";
            return w;
        }
        try {
            long t0 = System.nanoTime();
            Map<String, String> known = readForms();
            AuthorityChange change = AuthorityChange.between(before, builder.authority());
            PeopleScope.Outcome scoped = PeopleScope.resolve(connection, builder, Set.of(), change.withHeld(connection), known, most);
            lastScope = scoped;
            long t1 = System.nanoTime();
            Set<String> documents = new TreeSet<>();
            for (String id : change.documents()) if (builder.contains(id)) documents.add(id);
            Resolved resolved = builder.regroup(scoped.people(), Set.of(), stored());
            long t2 = System.nanoTime();
            Written w = update(builder, resolved, Set.of(), documents, known, scoped);
            lastTimes = times(t0, t1, t2);
            return w;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** How many records' meetings and copies an update worked out again (every record's, where it had to regroup them all). */
    private static String regrouped(Resolved resolved) {
        if (resolved.regroupedMeetings() == null) return "";
        return String.format(java.util.Locale.ROOT, " (meetings of %,d records and copies of %,d worked out again)",
                resolved.regroupedMeetings().size(), resolved.regroupedCopies().size());
    }

    /** How an update's time went: who is who from {@code t0}, meetings and copies from {@code t1}, rows from {@code t2} to now. */
    private static String times(long t0, long t1, long t2) {
        return String.format(java.util.Locale.ROOT, "who is who %.2f s, meetings and copies %.2f s, rows %.2f s",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
    }

    /** As {@link #update(DeliberationsBuilder, Collection)}, with who is who over the whole corpus already worked out. */
    public Written update(DeliberationsBuilder builder, Resolved resolved, Collection<String> changed) throws SQLException {
        if (!current()) return writeWhole(builder);
        try {
            NameForms forms = builder.nameForms();
            PeopleScope.Outcome whole = new PeopleScope.Outcome(resolved.people(), forms, null, builder.size(), "worked out by the caller");
            return update(builder, resolved, changed, Set.of(), readForms(), whole);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * A file without tables of this version: every row is written, in one transaction. (A file of another
     * version is not handed to a writer: {@code DerivedTables} writes a new one, since its tables differ.)
     */
    private Written writeWhole(DeliberationsBuilder builder) throws SQLException {
        Written w = rebuild(builder);
        lastScope = new PeopleScope.Outcome(null, null, null, builder.size(), NOT_CURRENT);
        lastTimes = "rebuilt";
        return w;
    }

    /** Why an update of a file without tables of this version writes them whole. */
    static final String NOT_CURRENT = "no tables of " + Schema.VERSION;

    /**
     * Narrows who is who whenever the documents it reaches are at most {@code share} of the corpus
     * (0.5 unless set; above 1, always): for tests and benchmarks of the narrowed path.
     */
    public TablesDb narrowing(double share) {
        this.most = share;
        return this;
    }

    /** Reads the accounts held in one pass whenever more than {@code sessions} are regrouped (for tests of both ways). */
    public TablesDb readingHeldAccountsInOnePassAbove(int sessions) {
        this.onePass = sessions;
        return this;
    }

    /** How many documents the last update worked who is who out from: every document when it did not narrow. */
    public int lastScopeDocuments() {
        return lastScope == null ? -1 : lastScope.documents();
    }

    /** Where the last {@link #update(DeliberationsBuilder, Collection)} spent its time (for benchmarks). */
    public String lastTimes() {
        return lastTimes;
    }

    /** The scope of the last {@link #update(DeliberationsBuilder, Collection)}: surnames and documents resolved again, or why all were. */
    public String lastScope() {
        if (lastScope == null) return "none";
        if (lastScope.kept()) return "none (" + lastScope.why() + ")";
        String scope = lastScope.whole() ? "the whole corpus (" + lastScope.why() + ")"
                : lastScope.scope().size() + " surnames in " + lastScope.documents() + " documents";
        return lastNotKept == null ? scope : scope + ", not kept as held: " + lastNotKept;
    }

    /**
     * As above; {@code alsoRewrite}: documents whose rows are written again though they did not change.
     * Null, with nothing written, when who is who was {@link PeopleScope.Outcome#kept} and a document
     * to write has editors' assignments (the caller works who is who out and comes again).
     */
    private Written update(DeliberationsBuilder builder, Resolved resolved, Collection<String> changed, Collection<String> alsoRewrite,
                           Map<String, String> known, PeopleScope.Outcome scoped) throws SQLException {
        People people = resolved.people();
        boolean counted = NameCountsTable.held(connection);
        Map<String, NameForms.Reading> readings = scoped.kept() ? null : PeopleScope.readReadings(connection);
        Set<String> rewrite = new TreeSet<>(changed);
        rewrite.addAll(alsoRewrite);
        // forms the changed documents used before, or use now, and every known form whose person may have changed
        Set<String> candidates = new TreeSet<>();
        if (!scoped.kept()) for (String f : known.keySet()) if (scoped.whole() || reaches(scoped, f)) candidates.add(f);
        candidates.addAll(formsUsedBy(changed));
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
        if (scoped.kept() && assigned(builder.authority(), rewrite)) return null;
        Map<String, DocumentRows> ready = new HashMap<>();
        for (DocumentRows r : fresh) ready.put(r.documentId(), r);
        for (String id : rewrite) {
            // the groups held of a document not regrouped are read before its rows are deleted
            resolved.workOf(id);
            resolved.accounts(id);
        }
        prepare(builder, rewrite);
        List<DocumentRows> toWrite = new ArrayList<>();
        for (String id : rewrite) if (builder.contains(id)) toWrite.add(ready.containsKey(id) ? ready.get(id) : builder.rows(resolved, id));
        TimelineSteps.Deltas steps = new TimelineSteps.Deltas();
        AttendanceMonths.Deltas months = new AttendanceMonths.Deltas();
        ReferenceFiles.Touched files = new ReferenceFiles.Touched(connection, rewrite);
        MeetingCounts.Touched meetings = MeetingCounts.Touched.before(connection, rewrite, toWrite);
        try (Rows rows = new Rows(connection, steps, months)) {
            rows.delete(rewrite);
            for (DocumentRows r : toWrite) rows.insert(r);
            rows.flush();
            rows.applyCounts();
        }
        meetings.apply(connection);
        steps.apply(connection);
        months.apply(connection);
        files.apply(connection);
        writeForms(moved, forgotten(changed, candidates));
        int written = writePeople(people, scoped.whole() ? null : scoped.scope(), scoped.unread());
        if (!scoped.kept()) {
            PeopleScope.writeReadings(connection, scoped.forms(), readings);
            NameCountsTable.write(connection, scoped.forms().counts());
        } else {
            NameCountsTable.stillHeld(connection, counted);
        }
        setVersion();
        setMeta(AUTHORITY, AuthorityChange.fingerprint(builder.authority()));
        connection.commit();
        builder.forgetPrevious();
        return new Written(rewrite.size(), written, moved.size());
    }

    /** Reads the extracts of {@code ids} that are still on disk side by side, not one shard at a time as their rows are made. */
    private static void prepare(DeliberationsBuilder builder, Collection<String> ids) {
        try {
            builder.prepare(ids);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Before a whole build's rows go in: drops the indexes of the per-document tables and returns the
     * statements that make them again ({@link #createIndexes}, once the rows are in). Each index is then
     * sorted once instead of kept in order row by row, which was most of SQLite's time in a rebuild. In
     * the rebuild's transaction, so a reader sees the old tables and their indexes until the commit, and
     * a crash leaves them as they were. SQLite only: the other dialects are measured, not used.
     */
    private List<String> dropDocumentIndexes() throws SQLException {
        List<String> made = new ArrayList<>();
        if (dialect != Dialect.SQLITE) return made;
        List<String> names = new ArrayList<>();
        String tables = String.join(", ", Schema.PER_DOCUMENT.stream().map(t -> "'" + t + "'").toList());
        try (java.sql.Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                     + " AND tbl_name IN (" + tables + ") ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                made.add(rs.getString(2));
            }
        }
        try (java.sql.Statement s = connection.createStatement()) {
            for (String name : names) s.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
        }
        return made;
    }

    private void createIndexes(List<String> statements) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }

    /** True when editors assigned a form of one of {@code documents} to someone. */
    private static boolean assigned(Authority authority, Set<String> documents) {
        for (org.fonds.deliberation.people.Assignment a : authority.assignments()) if (documents.contains(a.document())) return true;
        return false;
    }

    private static boolean reaches(PeopleScope.Outcome scoped, String form) {
        for (String k : scoped.forms().unit(form)) if (scoped.scope().contains(k)) return true;
        return false;
    }

    /** The forms the rows of {@code ids} use as the tables hold them (before the update writes them again). */
    private Set<String> formsUsedBy(Collection<String> ids) throws SQLException {
        return Lookups.each(connection, "SELECT form FROM document_forms WHERE doc_id = ?", ids, new TreeSet<>());
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
        if (resolved.regroupedCopies() != null) {
            for (String id : resolved.regroupedCopies()) if (!resolved.workOf(id).equals(stored().work(id))) out.add(id);
            return out;
        }
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
        if (resolved.regroupedMeetings() != null) {
            // every record of a meeting of two or more accounts is regrouped (417,000 at a million generated
            // records): their accounts as stored are read in one pass, not one query each
            Map<String, List<String>> held = resolved.regroupedMeetings().size() > onePass ? storedAccounts() : null;
            for (String id : resolved.regroupedMeetings()) {
                List<String> before = held == null ? stored().accounts(id) : held.getOrDefault(id, List.of());
                if (!resolved.accounts(id).equals(before)) out.add(id);
            }
            return out;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT doc_id, accounts FROM sessions"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                if (!String.join(" ", resolved.accounts(id)).equals(rs.getString(2))) out.add(id);
            }
        }
        return out;
    }

    /** Every session's accounts as stored, where it has any: as {@link StoredGroups#accounts} reads them one by one. */
    private Map<String, List<String>> storedAccounts() throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT doc_id, accounts FROM sessions WHERE accounts IS NOT NULL AND accounts <> ''");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), List.of(rs.getString(2).split(" ")));
        }
        return out;
    }

    /**
     * The groups as the tables hold them before this update, by query, each answer kept: an update
     * asks again after it has deleted a document's rows (it reads them first, {@link #update}).
     */
    private StoredGroups stored() {
        if (stored != null) return stored;
        Map<String, String> works = new HashMap<>();
        Map<String, List<String>> accounts = new HashMap<>();
        stored = new StoredGroups() {
            @Override
            public String work(String documentId) {
                return works.computeIfAbsent(documentId, id -> {
                    List<String> w = strings("SELECT work_id FROM documents WHERE doc_id = ?", id);
                    return w.isEmpty() || w.get(0) == null ? id : w.get(0);
                });
            }

            @Override
            public List<String> sourcesOf(String work) {
                return strings("SELECT doc_id FROM documents WHERE work_id = ?", work);
            }

            @Override
            public List<String> accounts(String documentId) {
                return accounts.computeIfAbsent(documentId, id -> {
                    List<String> a = strings("SELECT accounts FROM sessions WHERE doc_id = ?", id);
                    return a.isEmpty() || a.get(0) == null || a.get(0).isEmpty() ? List.of() : List.of(a.get(0).split(" "));
                });
            }

            @Override
            public boolean holds(String documentId) {
                return !strings("SELECT doc_id FROM documents WHERE doc_id = ?", documentId).isEmpty();
            }

            @Override
            public Set<String> withCopies() {
                return new TreeSet<>(strings("SELECT doc_id FROM documents WHERE work_id IN (SELECT work_id FROM documents WHERE work_id <> doc_id)"));
            }

            @Override
            public Set<String> withAccounts() {
                return new TreeSet<>(strings("SELECT doc_id FROM sessions WHERE accounts LIKE '% %'"));
            }
        };
        return stored;
    }

    private List<String> strings(String sql, String... values) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) ps.setString(i + 1, values[i]);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tables: " + e.getMessage(), e);
        }
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
     * Writes the people whose whole entry (documents included) is not the one stored and deletes those
     * gone: every person when {@code scope} is null (a rebuild, or the whole corpus worked out), else only
     * the people of those surnames ({@code people} holds no others; none when it is empty); with
     * {@code all}, even those whose entry is unchanged (their surnames and slug were not stored). Of a
     * person's documents only the rows that differ are written: a member named in most of the corpus
     * gains a few documents in an update, not all of them.
     */
    private int writePeople(People people, Set<String> scope, boolean all) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        // an empty scope is a change that reaches no surname (a revert to the same corrections): no one stored
        // is in it, and none may be taken away; "every person" is said by null, never by an empty set
        Set<String> ids = scope == null ? null : PeopleScope.storedIds(connection, scope);
        if (ids == null || !ids.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, whole FROM people"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) if (ids == null || ids.contains(rs.getString(1))) stored.put(rs.getString(1), rs.getString(2));
            }
        }
        int written = 0;
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM people WHERE id = ?");
             PreparedStatement ins = connection.prepareStatement("INSERT INTO people (id, doc, whole, slug, documents) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement delDocs = connection.prepareStatement("DELETE FROM person_documents WHERE person_id = ?");
             PreparedStatement delKeys = connection.prepareStatement("DELETE FROM person_surnames WHERE person_id = ?");
             PreparedStatement insKey = connection.prepareStatement("INSERT INTO person_surnames (person_id, surname_key) VALUES (?, ?)")) {
            Set<String> now = new TreeSet<>();
            for (Person p : people.all()) {
                now.add(p.id());
                Set<String> surnames = new TreeSet<>(people.surnames(p.id()));
                String whole = digest(json(p) + "\n" + surnames + "\n" + people.slug(p.id()));
                if (!all && whole.equals(stored.get(p.id()))) continue;
                if (stored.containsKey(p.id())) {
                    del.setString(1, p.id());
                    del.executeUpdate();
                    delKeys.setString(1, p.id());
                    delKeys.executeUpdate();
                }
                ins.setString(1, p.id());
                ins.setString(2, json(org.fonds.deliberation.read.Tables.entry(p)));
                ins.setString(3, whole);
                ins.setString(4, people.slug(p.id()));
                ins.setInt(5, p.documents().size());
                ins.executeUpdate();
                for (String k : surnames) {
                    insKey.setString(1, p.id());
                    insKey.setString(2, k);
                    insKey.executeUpdate();
                }
                writeDocuments(p, stored.containsKey(p.id()));
                written++;
            }
            for (String id : stored.keySet()) {
                if (now.contains(id)) continue;
                for (PreparedStatement ps : List.of(del, delDocs, delKeys)) {
                    ps.setString(1, id);
                    ps.executeUpdate();
                }
                written++;
            }
        }
        return written;
    }

    /** How many people the tables hold. */
    public int personCount() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM people"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
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
            // only asked below for the documents stored before (none in a rebuild): no order needed
            Set<String> after = new HashSet<>();
            // a few combinations of roles over hundreds of thousands of rows: each written as JSON once
            Map<List<Role>, String> rolesJson = new HashMap<>();
            for (String doc : p.documents()) {
                after.add(doc);
                String roles = rolesJson.computeIfAbsent(p.rolesByDocument().getOrDefault(doc, List.of()), TablesDb::json);
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

    /** The meta row naming the authority the tables were last written with (its {@link AuthorityChange#fingerprint}). */
    private static final String AUTHORITY = "authority";

    private void setMeta(String name, String value) throws SQLException {
        Meta.set(connection, name, value);
    }

    private String meta(String name) throws SQLException {
        return Meta.get(connection, name);
    }

    private void setVersion() throws SQLException {
        Meta.set(connection, "version", Schema.VERSION);
    }

    /** How many sessions the tables hold. */
    public int sessionCount() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM sessions"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** True when the file holds tables this version updates (an empty or older file does not: it is written whole). */
    public boolean current() throws SQLException {
        return Schema.readable(meta("version"));
    }

    /**
     * Every row of every table, one line each, tables in a fixed order and rows sorted: two files
     * with equal dumps hold the same tables, however they were written.
     */
    public String dump() throws SQLException {
        StringBuilder out = new StringBuilder();
        List<String> tables = new ArrayList<>(List.of("meta", "people", "person_documents", "forms", "name_forms", "name_counts", "person_surnames"));
        tables.addAll(Schema.PER_DOCUMENT);
        tables.addAll(List.of("timeline_steps", "person_months", "pair_months", "person_counts"));
        for (String table : tables) {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM " + table); ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder(table);
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        line.append('\t').append(v instanceof byte[] b ? Packed.unpack(b) : rs.getString(i));
                    }
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
    static final class Rows implements AutoCloseable {
        private final Connection c;
        /** The timeline's counts by step, changed with each document's dates; null when they are counted afresh after. */
        private final TimelineSteps.Deltas steps;
        /** Attendance by month, likewise. */
        private final AttendanceMonths.Deltas months;
        /** A whole build's attendance by month, counted as its sessions are written and written after them; null in an update. */
        private final AttendanceMonths.Tally tally;
        /** Each person's counts (sessions, turns, statements, tasks), changed with every row of theirs written or deleted. */
        private final PersonCounts.Deltas counts = new PersonCounts.Deltas();
        private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
        /** Where statements go: the table, or for a whole build a table of its own, copied in key order at the end ({@link #sorted}). */
        private final String statements;
        private int pending;

        Rows(Connection c, TimelineSteps.Deltas steps, AttendanceMonths.Deltas months) {
            this(c, steps, months, "statements");
        }

        private Rows(Connection c, TimelineSteps.Deltas steps, AttendanceMonths.Deltas months, String statements) {
            this.c = c;
            this.tally = months == null ? new AttendanceMonths.Tally() : null;
            this.steps = steps;
            this.months = months;
            this.statements = statements;
        }

        /**
         * For a whole build: the statements gathered in a temporary table and copied into theirs in key
         * order once all are in ({@link #copySorted}), so that the tree, kept in a person's order, is
         * appended to rather than written at random places document by document (the same size either
         * way at 10,000 records, BENCHMARKS.md; at 100,000 the tree outgrows the page cache).
         */
        static Rows sorted(Connection c, Dialect dialect) throws SQLException {
            if (dialect != Dialect.SQLITE) return new Rows(c, null, null); // the others are measured, not used
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS temp.statements_unsorted");
                s.execute("CREATE TEMP TABLE statements_unsorted (person_id VARCHAR, sort_day VARCHAR, doc_id VARCHAR, seq INTEGER, turn INTEGER)");
            }
            return new Rows(c, null, null, "temp.statements_unsorted");
        }

        /** Copies a whole build's statements into their table in key order. */
        void copySorted() throws SQLException {
            flush();
            if (statements.equals("statements")) return;
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("INSERT INTO statements (person_id, sort_day, doc_id, seq, turn) SELECT person_id, sort_day, doc_id, seq, turn FROM "
                        + statements + " ORDER BY person_id, sort_day, doc_id, seq");
                s.execute("DROP TABLE " + statements);
            }
        }

        /** Writes what the rows written and deleted changed in each person's counts, and a whole build's attendance by month. */
        void applyCounts() throws SQLException {
            flush();
            counts.apply(c);
            if (tally != null) tally.write(c);
        }

        void delete(Collection<String> ids) throws SQLException {
            if (steps != null) takeDates(ids);
            takeAttendance(ids);
            takeTasks(ids);
            deleteStatements(ids);
            for (String table : Schema.PER_DOCUMENT) {
                if (table.equals("statements")) continue;
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
                    for (String id : ids) {
                        ps.setString(1, id);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        }

        /**
         * The documents' statements, found by their key (person, day, document) from the people their
         * turns' row names: the table is kept in a person's order and has no index by document.
         */
        private void deleteStatements(Collection<String> ids) throws SQLException {
            try (PreparedStatement who = c.prepareStatement("SELECT t.people, d.sort_day FROM turns t JOIN documents d ON d.doc_id = t.doc_id"
                    + " WHERE t.doc_id = ?");
                 PreparedStatement del = c.prepareStatement("DELETE FROM statements WHERE person_id = ? AND sort_day = ? AND doc_id = ?")) {
                for (String id : ids) {
                    who.setString(1, id);
                    try (ResultSet rs = who.executeQuery()) {
                        if (!rs.next()) continue;
                        for (String person : rs.getString(1).split("\t")) {
                            del.setString(1, person);
                            del.setString(2, rs.getString(2));
                            del.setString(3, id);
                            // the rows deleted are the person's statements taken from the counts
                            counts.add(person, PersonCounts.STATEMENTS, -del.executeUpdate());
                        }
                    }
                }
            }
        }

        /** Takes the dates the documents mention now away from the counts by step, before their rows go. */
        private void takeDates(Collection<String> ids) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT dated FROM timeline WHERE doc_id = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    List<String> dates = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) dates.add(rs.getString(1));
                    }
                    steps.add(dates, -1);
                }
            }
        }

        /**
         * Takes the sessions' people now stored away from the people's counts, and their attendees from the
         * counts by month (when kept), before their rows go.
         */
        private void takeAttendance(Collection<String> ids) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT sort_day, person_id, attended, turns FROM person_sessions WHERE doc_id = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    String day = null;
                    List<String> attendees = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            day = rs.getString(1);
                            String person = rs.getString(2);
                            boolean attended = rs.getInt(3) == 1;
                            if (attended) attendees.add(person);
                            counts.add(person, PersonCounts.SESSIONS, -1);
                            counts.add(person, PersonCounts.ATTENDED, attended ? -1 : 0);
                            counts.add(person, PersonCounts.TURNS, -rs.getLong(4));
                        }
                    }
                    if (months != null && !attendees.isEmpty()) months.add(day, attendees, -1);
                }
            }
        }

        /** Takes the documents' tasks now stored away from their people's counts, before their rows go. */
        private void takeTasks(Collection<String> ids) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id FROM task_people WHERE doc_id = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) counts.add(rs.getString(1), PersonCounts.TASKS, -1);
                    }
                }
            }
        }

        void insert(DocumentRows r) throws SQLException {
            String id = r.documentId();
            if (steps != null) steps.add(r.dates().stream().map(TimelineEntry::date).toList(), 1);
            String day = r.sortDate();
            add("INSERT INTO documents (doc_id, sort_day, title, dated, kind, work_id) VALUES (?, ?, ?, ?, ?, ?)", id, day, r.title(), r.date(),
                    r.kind(), r.work());
            for (String f : r.forms()) add("INSERT INTO document_forms (doc_id, form) VALUES (?, ?)", id, f);
            Session s = r.session();
            if (s != null) {
                add("INSERT INTO sessions (doc_id, sort_day, dated, title, accounts, doc) VALUES (?, ?, ?, ?, ?, ?)", id, day, s.date(), s.title(),
                        String.join(" ", s.accounts()), Packed.pack(json(s)));
                Map<String, int[]> present = personSessions(s);
                List<String> attendees = present.entrySet().stream().filter(e -> e.getValue()[0] == 1).map(Map.Entry::getKey).toList();
                if (months != null) months.add(day, attendees, 1);
                else tally.add(day, attendees);
                String meeting = s.accounts().isEmpty() ? id : s.accounts().get(0);
                for (Map.Entry<String, int[]> e : present.entrySet()) {
                    counts.add(e.getKey(), PersonCounts.SESSIONS, 1);
                    counts.add(e.getKey(), PersonCounts.ATTENDED, e.getValue()[0]);
                    counts.add(e.getKey(), PersonCounts.TURNS, e.getValue()[2]);
                    add("INSERT INTO person_sessions (person_id, doc_id, sort_day, attended, spoke, turns, meeting, work) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            e.getKey(), id, day, e.getValue()[0], e.getValue()[1], e.getValue()[2], unlessSelf(meeting, id), unlessSelf(r.work(), id));
                }
            }
            int seq = 0;
            // a statement's date is its document's, which the documents' row holds
            if (!r.statements().isEmpty()) {
                add("INSERT INTO turns (doc_id, people, texts) VALUES (?, ?, ?)", id,
                        String.join("\t", new TreeSet<>(r.statements().stream().map(Statement::personId).toList())), Packed.turns(r.statements()));
            }
            for (Statement st : r.statements()) {
                counts.add(st.personId(), PersonCounts.STATEMENTS, 1);
                add("INSERT INTO " + statements + " (person_id, sort_day, doc_id, seq, turn) VALUES (?, ?, ?, ?, ?)", st.personId(), day, id, seq++,
                        st.turn());
            }
            seq = 0;
            for (LogEntry e : r.log()) {
                add("INSERT INTO log (doc_id, sort_day, seq, dated, kind, body, person_ids) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id, day, seq, e.date(), e.kind(), e.text(), json(e.personIds()));
                // a decision names people too (issue 12), but only a task is one of theirs
                if ("task".equals(e.kind())) for (String p : e.personIds()) {
                    counts.add(p, PersonCounts.TASKS, 1);
                    add("INSERT INTO task_people (person_id, doc_id, sort_day, seq) VALUES (?, ?, ?, ?)", p, id, day, seq);
                }
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
        static Map<String, int[]> personSessions(Session s) {
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
                else if (v instanceof byte[] b) ps.setBytes(i + 1, b);
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

        /** Null for a meeting or work that is the session itself: the reader takes the session's id for it. */
        private static String unlessSelf(String id, String session) {
            return id.equals(session) ? null : id;
        }

        private static int noteNumber(String where) {
            return where.startsWith("note ") ? Integer.parseInt(where.substring(5)) : 0;
        }
    }
}
