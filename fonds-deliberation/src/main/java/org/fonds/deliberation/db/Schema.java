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
    static final String VERSION = "fonds-tables/13";

    /** Tables holding rows of one document each, by document id: what an update deletes and writes again. */
    static final List<String> PER_DOCUMENT = List.of("documents", "document_forms", "sessions", "turns", "person_sessions", "statements",
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

    /**
     * Makes the tables of this version in a new file. A file of another version is left as it is:
     * no reader reads it, and a writer writes it again whole from the extracts (or the store).
     */
    static void create(Connection c, Dialect d) throws SQLException {
        if (older(c)) return;
        String text = d.longText();
        String blob = d.blob();
        String keyed = d.clustered();
        List<String> ddl = List.of(
                "CREATE TABLE IF NOT EXISTS meta (name VARCHAR PRIMARY KEY, val VARCHAR)",
                // doc: the entry without documents (Tables.entry); whole: a digest of the whole person, to see what changed;
                // slug: what the id was made from (People.slug; null for the authority's ids);
                // documents: how many name the person (the rows of person_documents, written with the entry)
                "CREATE TABLE IF NOT EXISTS people (id VARCHAR PRIMARY KEY, doc " + text + ", whole VARCHAR, slug VARCHAR, documents INTEGER)",
                PERSON_DOCUMENTS.formatted("person_documents", d.clustered()),
                "CREATE TABLE IF NOT EXISTS forms (form VARCHAR PRIMARY KEY, person_id VARCHAR)",
                // who is who narrowed (PeopleScope): every name form of the corpus with the surname keys it reads into
                // (NameForms.Reading: tab-separated) and the names it is read as, and each person's surname keys (People.surnames)
                "CREATE TABLE IF NOT EXISTS name_forms (form VARCHAR PRIMARY KEY, surnames VARCHAR, names VARCHAR)",
                // what those readings are worked out from, as counts of documents (NameCounts), moved by each change
                NameCountsTable.DDL,
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
                // the few documents that are a later copy of another's text: a person's works are their documents less these
                "CREATE INDEX IF NOT EXISTS documents_copies ON documents (work_id, doc_id)" + d.where("work_id <> doc_id"),
                // the rows of one document each are kept in the order of (document, sequence) where SQLite can (WITHOUT ROWID):
                // each table is its own index for an update's deletes, where an index by doc_id beside each took 10% of the file
                // (BENCHMARKS.md, issue 14); a rebuild writes documents in id order, so the trees fill by appending
                "CREATE TABLE IF NOT EXISTS document_forms (doc_id VARCHAR NOT NULL, form VARCHAR NOT NULL, PRIMARY KEY (doc_id, form))" + keyed,
                "CREATE INDEX IF NOT EXISTS document_forms_form ON document_forms (form)",
                // doc: the session as JSON, packed (Packed: one zstd frame)
                "CREATE TABLE IF NOT EXISTS sessions (doc_id VARCHAR PRIMARY KEY, sort_day VARCHAR, dated VARCHAR, title VARCHAR, accounts VARCHAR, doc " + blob + ")",
                "CREATE INDEX IF NOT EXISTS sessions_order ON sessions (sort_day, doc_id)",
                // a document's turns' texts, packed once (Packed.turns): a statement names its turn, and a turn several spoke is kept
                // once; people: the persons of its statements (tab-separated), by whom an update finds its statements to delete
                "CREATE TABLE IF NOT EXISTS turns (doc_id VARCHAR PRIMARY KEY, people VARCHAR, texts " + blob + ")",
                // spoke: a speaker whose list gives no turns still spoke (a cell of 0 in the speaking matrix);
                // meeting: the first of the meeting's accounts, work: the session's work_id (a person's totals count each once),
                // each null where it is the session itself (most are: the reader takes doc_id for it)
                "CREATE TABLE IF NOT EXISTS person_sessions (person_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sort_day VARCHAR, attended INTEGER,"
                        + " spoke INTEGER, turns INTEGER, meeting VARCHAR, work VARCHAR, PRIMARY KEY (doc_id, person_id))" + keyed,
                // attended last: who sat together reads a person's sessions within dates from the index alone
                "CREATE INDEX IF NOT EXISTS person_sessions_person ON person_sessions (person_id, sort_day, doc_id, attended)",
                // who took part within dates (the pictures), without reading every row
                "CREATE INDEX IF NOT EXISTS person_sessions_day ON person_sessions (sort_day, attended, person_id)",
                // the sessions that are a later account of a meeting or a copy of a session's text: a person's totals
                // (PersonCounts) are corrected by these, each meeting and work counted once (attended kept in the index: a
                // generated corpus of a million records has 2.5 million later accounts, the busiest member 51,000)
                "CREATE INDEX IF NOT EXISTS person_sessions_meeting ON person_sessions (person_id, meeting, attended)" + d.where("meeting IS NOT NULL"),
                "CREATE INDEX IF NOT EXISTS person_sessions_work ON person_sessions (person_id, work)" + d.where("work IS NOT NULL"),
                // a person's statements in the order a person page reads them: the table is its own index (a page at any offset
                // is read from it alone); the date and text of a statement are its document's (documents.dated) and its turn's (turns)
                "CREATE TABLE IF NOT EXISTS statements (person_id VARCHAR NOT NULL, sort_day VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,"
                        + " seq INTEGER NOT NULL, turn INTEGER, PRIMARY KEY (person_id, sort_day, doc_id, seq))" + keyed,
                "CREATE TABLE IF NOT EXISTS log (doc_id VARCHAR NOT NULL, sort_day VARCHAR, seq INTEGER NOT NULL, dated VARCHAR, kind VARCHAR, body " + text
                        + ", person_ids VARCHAR, PRIMARY KEY (doc_id, seq))" + keyed,
                "CREATE INDEX IF NOT EXISTS log_order ON log (sort_day, doc_id, seq)",
                "CREATE TABLE IF NOT EXISTS task_people (person_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sort_day VARCHAR, seq INTEGER NOT NULL,"
                        + " PRIMARY KEY (doc_id, seq, person_id))" + keyed,
                "CREATE INDEX IF NOT EXISTS task_people_person ON task_people (person_id, sort_day, doc_id, seq)",
                // file_key: the archival file as one text that sorts as the references table does (ReferenceKeys)
                "CREATE TABLE IF NOT EXISTS file_citations (doc_id VARCHAR NOT NULL, sort_day VARCHAR, seq INTEGER NOT NULL, note INTEGER, file_key VARCHAR,"
                        + " archive VARCHAR, fond VARCHAR, opis VARCHAR, papka VARCHAR, delo VARCHAR, leaves VARCHAR, place VARCHAR, body " + text
                        + ", PRIMARY KEY (doc_id, seq))" + keyed,
                "CREATE INDEX IF NOT EXISTS file_citations_key ON file_citations (file_key, doc_id, note, seq)",
                // work_key: the folded title and the kind, which group the works table
                "CREATE TABLE IF NOT EXISTS work_citations (doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, note INTEGER, work_key VARCHAR, title VARCHAR,"
                        + " kind VARCHAR, place VARCHAR, leaves VARCHAR, body " + text + ", PRIMARY KEY (doc_id, seq))" + keyed,
                "CREATE INDEX IF NOT EXISTS work_citations_key ON work_citations (work_key, doc_id, note, seq)",
                "CREATE TABLE IF NOT EXISTS timeline (dated VARCHAR, doc_id VARCHAR NOT NULL, note INTEGER, pos INTEGER, seq INTEGER NOT NULL, place VARCHAR,"
                        + " body VARCHAR, PRIMARY KEY (doc_id, seq))" + keyed,
                "CREATE INDEX IF NOT EXISTS timeline_order ON timeline (dated, doc_id, note, pos, seq)",
                TimelineSteps.DDL);
        try (Statement s = c.createStatement()) {
            for (String sql : ddl) s.execute(sql);
            for (String sql : AttendanceMonths.DDL) s.execute(sql.formatted(keyed));
            s.execute(PersonCounts.DDL.formatted(keyed));
            s.execute("CREATE INDEX IF NOT EXISTS people_slug ON people (slug)");
            if (d == Dialect.SQLITE) for (String sql : NameCountsTable.GUARDS) s.execute(sql);
        }
    }

    /** True when the file holds tables of a version other than this one. */
    private static boolean older(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT val FROM meta WHERE name = 'version'")) {
            return rs.next() && !VERSION.equals(rs.getString(1));
        } catch (SQLException noMeta) {
            return false; // a new file
        }
    }

    /** True for tables of this version: the only ones read or written (an older file is written again whole). */
    static boolean readable(String version) {
        return VERSION.equals(version);
    }
}
