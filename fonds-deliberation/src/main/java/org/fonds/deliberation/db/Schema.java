package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables and their indexes. {@code sort_day} is the date the tables sort by ("" for undated
 * documents, so they come first, as in {@link org.fonds.deliberation.Deliberations}); every row of a
 * document carries it, so a person's turns or sessions come out in order from one index, a page at a time.
 * Raise {@link #VERSION} when anything here changes: a file of another version is rebuilt.
 */
final class Schema {
    static final String VERSION = "fonds-tables/10";
    /**
     * The version before: the same tables, but {@code person_documents} in rowid order with an index
     * beside it for the order it is read in, where this version keeps the table in that order (SQLite's
     * {@code WITHOUT ROWID}: a third of the table and its index, BENCHMARKS.md issue 14). Read as it is;
     * a writer copies the table into key order and the file is then of this version ({@link #recluster}).
     */
    static final String UNCLUSTERED = "fonds-tables/9";
    /**
     * The version before decisions were linked to the people they name (issue 12): the same tables,
     * but its decisions' rows name no one (the log's {@code person_ids}, the session's decisions, the
     * forms its documents depend on). Links need who is who, which no statement over the file can work
     * out, so it is read as it is and the next writer writes every row again, in place and in one
     * transaction ({@code TablesDb.update}), as a rebuild does (its {@code person_documents} copied into
     * key order first).
     */
    static final String UNLINKED = "fonds-tables/8";
    /**
     * The version before that, which a writer brings up to {@link #UNLINKED} in an instant
     * ({@link #migrate}): it lacks only what narrows who is who ({@code name_forms},
     * {@code person_surnames}, {@code people.slug}).
     */
    static final String PREVIOUS = "fonds-tables/7";
    /**
     * The version before that, read too (its timeline and attendance counted from the raw rows) and
     * brought up to {@link #UNLINKED} in seconds: its counts by step and by month are written from its rows.
     */
    static final String UNCOUNTED = "fonds-tables/6";

    /** Tables holding rows of one document each, by document id: what an update deletes and writes again. */
    static final List<String> PER_DOCUMENT = List.of("documents", "document_forms", "sessions", "person_sessions", "statements",
            "log", "task_people", "file_citations", "work_citations", "timeline");

    /**
     * A person's documents, kept in the order a person page reads them (by person, then document): the
     * table is its own index. {@code (person_id, doc_id)} is unique (an update deletes a pair before it
     * writes it again).
     */
    private static final String PERSON_DOCUMENTS = "CREATE TABLE IF NOT EXISTS %s (person_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,"
            + " roles VARCHAR, PRIMARY KEY (person_id, doc_id))%s";
    private Schema() {
    }

    static void create(Connection c, Dialect d) throws SQLException {
        String text = d.longText();
        List<String> ddl = List.of(
                "CREATE TABLE IF NOT EXISTS meta (name VARCHAR PRIMARY KEY, val VARCHAR)",
                // doc: the entry without documents (Tables.entry); whole: a digest of the whole person, to see what changed;
                // slug: what the id was made from (People.slug; null for the authority's ids)
                "CREATE TABLE IF NOT EXISTS people (id VARCHAR PRIMARY KEY, doc " + text + ", whole VARCHAR, slug VARCHAR)",
                PERSON_DOCUMENTS.formatted("person_documents", d.clustered()),
                "CREATE TABLE IF NOT EXISTS forms (form VARCHAR PRIMARY KEY, person_id VARCHAR)",
                // who is who narrowed (PeopleScope): every name form of the corpus with the surname keys it reads into
                // (NameForms.Reading: tab-separated) and the names it is read as, and each person's surname keys (People.surnames)
                "CREATE TABLE IF NOT EXISTS name_forms (form VARCHAR PRIMARY KEY, surnames VARCHAR, names VARCHAR)",
                "CREATE TABLE IF NOT EXISTS person_surnames (person_id VARCHAR, surname_key VARCHAR)",
                "CREATE INDEX IF NOT EXISTS person_surnames_key ON person_surnames (surname_key, person_id)",
                "CREATE INDEX IF NOT EXISTS person_surnames_person ON person_surnames (person_id)",
                // title, dated, kind: the record's, so a page lists documents by title without reading each from the store,
                // and the chronology reads every dated record a range at a time (documents_day covers its counts);
                // work_id: the work the document is a source of, the first id of the copies of its text (its own id when alone)
                "CREATE TABLE IF NOT EXISTS documents (doc_id VARCHAR PRIMARY KEY, sort_day VARCHAR, title VARCHAR, dated VARCHAR, kind VARCHAR,"
                        + " work_id VARCHAR)",
                "CREATE INDEX IF NOT EXISTS documents_order ON documents (sort_day, doc_id)",
                "CREATE INDEX IF NOT EXISTS documents_day ON documents (sort_day, kind)",
                "CREATE INDEX IF NOT EXISTS documents_work ON documents (work_id)",
                "CREATE TABLE IF NOT EXISTS document_forms (doc_id VARCHAR, form VARCHAR)",
                "CREATE INDEX IF NOT EXISTS document_forms_form ON document_forms (form)",
                "CREATE INDEX IF NOT EXISTS document_forms_doc ON document_forms (doc_id)",
                "CREATE TABLE IF NOT EXISTS sessions (doc_id VARCHAR PRIMARY KEY, sort_day VARCHAR, dated VARCHAR, title VARCHAR, accounts VARCHAR, doc " + text + ")",
                "CREATE INDEX IF NOT EXISTS sessions_order ON sessions (sort_day, doc_id)",
                // spoke: a speaker whose list gives no turns still spoke (a cell of 0 in the speaking matrix);
                // meeting: the first of the meeting's accounts, work: the session's work_id (a person's totals count each once)
                "CREATE TABLE IF NOT EXISTS person_sessions (person_id VARCHAR, doc_id VARCHAR, sort_day VARCHAR, attended INTEGER, spoke INTEGER,"
                        + " turns INTEGER, meeting VARCHAR, work VARCHAR)",
                // attended last: who sat together reads a person's sessions within dates from the index alone
                "CREATE INDEX IF NOT EXISTS person_sessions_person ON person_sessions (person_id, sort_day, doc_id, attended)",
                "CREATE INDEX IF NOT EXISTS person_sessions_doc ON person_sessions (doc_id)",
                // who took part within dates (the pictures), without reading every row
                "CREATE INDEX IF NOT EXISTS person_sessions_day ON person_sessions (sort_day, attended, person_id)",
                "CREATE TABLE IF NOT EXISTS statements (person_id VARCHAR, doc_id VARCHAR, sort_day VARCHAR, seq INTEGER, dated VARCHAR, turn INTEGER, body " + text + ")",
                // in key order (WITHOUT ROWID) the table and statements_doc took 2.5% more than this table and its two indexes,
                // likely since a rebuild writes by document and so fills the person-ordered tree by random inserts (BENCHMARKS.md, issue 14)
                "CREATE INDEX IF NOT EXISTS statements_person ON statements (person_id, sort_day, doc_id, seq)",
                "CREATE INDEX IF NOT EXISTS statements_doc ON statements (doc_id)",
                "CREATE TABLE IF NOT EXISTS log (doc_id VARCHAR, sort_day VARCHAR, seq INTEGER, dated VARCHAR, kind VARCHAR, body " + text + ", person_ids VARCHAR)",
                "CREATE INDEX IF NOT EXISTS log_doc ON log (doc_id, seq)",
                "CREATE INDEX IF NOT EXISTS log_order ON log (sort_day, doc_id, seq)",
                "CREATE TABLE IF NOT EXISTS task_people (person_id VARCHAR, doc_id VARCHAR, sort_day VARCHAR, seq INTEGER)",
                "CREATE INDEX IF NOT EXISTS task_people_person ON task_people (person_id, sort_day, doc_id, seq)",
                "CREATE INDEX IF NOT EXISTS task_people_doc ON task_people (doc_id)",
                // file_key: the archival file as one text that sorts as the references table does (ReferenceKeys)
                "CREATE TABLE IF NOT EXISTS file_citations (doc_id VARCHAR, sort_day VARCHAR, seq INTEGER, note INTEGER, file_key VARCHAR,"
                        + " archive VARCHAR, fond VARCHAR, opis VARCHAR, papka VARCHAR, delo VARCHAR, leaves VARCHAR, place VARCHAR, body " + text + ")",
                "CREATE INDEX IF NOT EXISTS file_citations_doc ON file_citations (doc_id)",
                "CREATE INDEX IF NOT EXISTS file_citations_key ON file_citations (file_key, doc_id, note, seq)",
                // work_key: the folded title and the kind, which group the works table
                "CREATE TABLE IF NOT EXISTS work_citations (doc_id VARCHAR, seq INTEGER, note INTEGER, work_key VARCHAR, title VARCHAR,"
                        + " kind VARCHAR, place VARCHAR, leaves VARCHAR, body " + text + ")",
                "CREATE INDEX IF NOT EXISTS work_citations_doc ON work_citations (doc_id)",
                "CREATE INDEX IF NOT EXISTS work_citations_key ON work_citations (work_key, doc_id, note, seq)",
                "CREATE TABLE IF NOT EXISTS timeline (dated VARCHAR, doc_id VARCHAR, note INTEGER, pos INTEGER, seq INTEGER, place VARCHAR, body VARCHAR)",
                "CREATE INDEX IF NOT EXISTS timeline_order ON timeline (dated, doc_id, note, pos, seq)",
                "CREATE INDEX IF NOT EXISTS timeline_doc ON timeline (doc_id)",
                TimelineSteps.DDL);
        try (Statement s = c.createStatement()) {
            for (String sql : ddl) s.execute(sql);
            for (String sql : AttendanceMonths.DDL) s.execute(sql);
            slug(s);
        }
    }

    /** The people's slug column, added to a file of the version before (which has the table without it). */
    private static void slug(Statement s) throws SQLException {
        try (java.sql.ResultSet rs = s.executeQuery("SELECT slug FROM people WHERE 1 = 0")) {
            rs.next();
        } catch (SQLException missing) {
            s.execute("ALTER TABLE people ADD COLUMN slug VARCHAR");
        }
        s.execute("CREATE INDEX IF NOT EXISTS people_slug ON people (slug)");
    }

    /** True for tables of this version or of the four before. */
    static boolean readable(String version) {
        return VERSION.equals(version) || UNCLUSTERED.equals(version) || UNLINKED.equals(version) || PREVIOUS.equals(version)
                || UNCOUNTED.equals(version);
    }

    /** True for tables that keep the timeline's counts by step and attendance by month. */
    static boolean counted(String version) {
        return VERSION.equals(version) || UNCLUSTERED.equals(version) || UNLINKED.equals(version) || PREVIOUS.equals(version);
    }

    /** True for tables a writer updates: this version's, or {@link #UNLINKED}'s, which its next update writes whole. */
    static boolean writable(String version) {
        return VERSION.equals(version) || UNLINKED.equals(version);
    }

    /**
     * Brings tables of {@link #UNCLUSTERED} up to {@link #VERSION}, and of {@link #PREVIOUS} or
     * {@link #UNCOUNTED} up to {@link #UNLINKED}, copying {@code person_documents} of every older file
     * into key order (the caller commits); true when the tables are then {@link #writable}, false when
     * they are of no version read here.
     */
    static boolean migrate(Connection c) throws SQLException {
        String version;
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT val FROM meta WHERE name = 'version'")) {
            version = rs.next() ? rs.getString(1) : null;
        }
        if (VERSION.equals(version)) return true;
        if (!readable(version)) return false;
        recluster(c);
        if (UNCLUSTERED.equals(version)) {
            stamp(c, VERSION);
            return true;
        }
        if (UNLINKED.equals(version)) return true;
        if (UNCOUNTED.equals(version)) {
            TimelineSteps.rebuild(c);
            AttendanceMonths.rebuild(c);
        }
        ReferenceFiles.recount(c);
        stamp(c, UNLINKED);
        return true;
    }

    private static void stamp(Connection c, String version) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE meta SET val = '" + version + "' WHERE name = 'version'");
        }
    }

    /**
     * Copies {@code person_documents} of a file made before {@link #VERSION} into a table kept in key
     * order (dropping the old table drops the index it needed for that order). SQLite only: the other
     * dialects are measured on new files.
     */
    private static void recluster(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'person_documents'")) {
            // a file of UNLINKED stays of that version until its next update: copied once
            if (rs.next() && rs.getString(1).contains("WITHOUT ROWID")) return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(PERSON_DOCUMENTS.formatted("person_documents_keyed", Dialect.SQLITE.clustered()));
            s.execute("INSERT INTO person_documents_keyed (person_id, doc_id, roles) SELECT person_id, doc_id, roles FROM person_documents"
                    + " ORDER BY person_id, doc_id");
            s.execute("DROP TABLE person_documents");
            s.execute("ALTER TABLE person_documents_keyed RENAME TO person_documents");
        }
    }
}
