package org.fonds.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Accounts;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.ExtractsInHand;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.people.AuthorityFile;
import org.fonds.deliberation.read.MemoryTables;
import org.fonds.deliberation.read.Tables;
import org.fonds.error.EnvironmentException;
import org.fonds.ingest.DerivedTables;
import org.fonds.ingest.PeopleAuthorityObject;
import org.fonds.ingest.Ingest;
import org.fonds.ingest.LiveTables;
import org.fonds.ingest.RecordProblem;
import org.fonds.ingest.Reindex;
import org.fonds.ingest.Reparse;
import org.fonds.ingest.SkippedRecords;
import org.fonds.ingest.Verification;
import org.fonds.oai.OaiConfig;
import org.fonds.oai.CatalogInHand;
import org.fonds.oai.CatalogTable;
import org.fonds.oai.OaiProvider;
import java.time.Instant;
import org.fonds.record.Correction;
import org.fonds.record.stored.StoredVersion;
import org.fonds.store.Deposit;
import org.fonds.store.StoreOutcome;
import org.fonds.search.AllHits;
import org.fonds.search.SearchBackend;
import org.fonds.search.SearchIndex;
import org.fonds.search.SearchRequest;
import org.fonds.search.KeptAnswers;
import org.fonds.search.Searcher;
import org.fonds.store.ArchiveHome;
import org.fonds.store.AtomicFiles;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.store.WriteLock;

/**
 * The one owner of an archive home: its store, its search index (embedded or SolrCloud), its
 * derived tables and its write lock, and every operation on them. The command line and the web are
 * adapters over this class; they never open the store or the index themselves, so the order that
 * keeps them consistent (lock, mark the tables stale, store, index, tables) is written once, here,
 * and a benchmark that calls {@link #ingest} times what a user runs.
 *
 * <p>Writing operations take the home's lock for their own duration, so a server reading the same
 * home keeps serving while an ingest runs beside it. Open one {@code Archive} per home and process.
 *
 * <pre>{@code
 * try (Archive archive = Archive.open(Path.of("home"), Archive.embeddedIndex())) {
 *     Archive.Ingested done = archive.ingest(files, 2, Ingest.Progress.NONE, System.err::println);
 *     archive.documents().record("wcda-111883");
 * }
 * }</pre>
 */
public final class Archive implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.fonds.archive");
    private final ArchiveHome home;
    private final SearchBackend index;
    private final DerivedTables tables;
    private final SkippedRecords skipped;
    /** Opened on first use (volatile: read without the lock once open, by every page that reads a document). */
    private volatile OcflStore store;
    /** The store while {@link #openStore} finishes what a crash left, for that thread's own reads. */
    private OcflStore opening;
    private final String agent;
    private final boolean readOnly;
    private KeptAnswers searcher;
    /** What a server shows first, made again after every write when set (by the CLI and the server, which have the web). */
    private volatile FirstPage firstPage;
    /** Opened on first use (volatile: every request asks for the tables). */
    private volatile LiveTables live;
    /** Where the live tables say what they had to do (a build in memory), as the first to ask for them said. */
    private Consumer<String> liveLog;

    private Archive(ArchiveHome home, SearchBackend index, String agent, boolean readOnly) {
        this.home = home;
        this.index = index;
        this.agent = agent;
        this.readOnly = readOnly;
        this.tables = new DerivedTables(home);
        this.skipped = new SkippedRecords(home);
    }

    /**
     * Opens the home at {@code root}, making it when it does not exist (ingest and demo make homes).
     *
     * @param index where the search index is; null for the embedded index in the home
     * @param agent what writes, named in every version's metadata (name and version of Fonds)
     */
    public static Archive open(Path root, SearchBackend index, String agent) {
        ArchiveHome home = new ArchiveHome(root);
        return new Archive(home, index != null ? index : HomeFiles.embeddedIndex(home), agent, false);
    }

    /**
     * Opens a home that must already exist, for reading it or working on what it holds: a
     * mistyped path is the caller's mistake, never an empty archive made there (issue 15).
     *
     * @throws NoArchiveException when {@code root} holds no archive home
     */
    public static Archive openExisting(Path root, SearchBackend index, String agent) {
        ArchiveHome home = new ArchiveHome(root);
        if (!Files.isDirectory(home.ocfl())) throw new NoArchiveException(home.root());
        return open(root, index, agent);
    }

    /**
     * Opens an existing home to read it only (verify, show, search, problems): nothing in the home
     * is created, repaired or written, so it works beside a running ingest and on a read-only copy.
     * The writing operations of such an archive refuse.
     *
     * @throws NoArchiveException when {@code root} holds no archive home
     */
    public static Archive openForReading(Path root, SearchBackend index) {
        ArchiveHome home = new ArchiveHome(root);
        if (!Files.isDirectory(home.ocfl())) throw new NoArchiveException(home.root());
        return new Archive(home, index != null ? index : HomeFiles.embeddedIndex(home), "reader", true);
    }

    /**
     * The store, opened on first use: a search of a SolrCloud collection needs no home on this
     * machine, and opening the store makes one.
     */
    private OcflStore store() {
        OcflStore open = store;
        return open != null ? open : openStore();
    }

    /** Opens the store; others wait until an interrupted correction is finished, which reads the store being opened here. */
    private synchronized OcflStore openStore() {
        if (store != null) return store;
        if (opening != null) return opening;
        opening = readOnly ? OcflStore.openForReading(home) : OcflStore.open(home);
        if (!readOnly) finishInterruptedCorrection();
        store = opening;
        return store;
    }

    /**
     * A correction killed between its store write and its index commit leaves its mark: the store
     * holds the old version or the new one (its own recovery saw to that), and the index and tables
     * are brought to whichever it is, here, by the first writer to open the home after the crash.
     */
    private void finishInterruptedCorrection() {
        Path mark = home.correctionInFlight();
        if (!Files.exists(mark)) return;
        try (WriteLock lock = WriteLock.heldHere(home) ? null : WriteLock.tryAcquire(home, "recovery")) {
            if (lock == null && !WriteLock.heldHere(home)) return; // another process writes: it or the next one finishes it
            String id = Files.readString(mark).strip();
            // a people correction changes no record: only the tables follow the authority object
            if (!id.startsWith(OcflStore.HOME_OBJECT_PREFIX)) try (SearchIndex writer = index.openIndex()) {
                Optional<StoredVersion> head = store().contains(id) ? store().read(id, org.fonds.record.stored.VersionRef.LATEST) : Optional.empty();
                if (head.isPresent()) writer.put(org.fonds.record.RecordJson.read(head.get().recordJson()), head.get().version());
                writer.commit();
            }
            markStale();
            updateTables(null);
            Files.delete(mark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The home's folder. */
    public Path root() {
        return home.root();
    }

    /** Where {@code fonds tables} writes unless told otherwise. */
    public Path tablesFolder() {
        return home.tablesOut();
    }

    /** The stored documents, read with their fixity checked. */
    public Documents documents() {
        // the store opened by the first reading, not here: a server's first page (a search) needs none of it
        return new StoredDocuments(this::store, new Problems(home), skipped);
    }

    /**
     * The search, opened on first use and closed with the archive; the answers of a server's first
     * page come from the file beside the index while its commit is the one they were made on.
     */
    public synchronized Searcher searcher() {
        return keptAnswers();
    }

    private synchronized KeptAnswers keptAnswers() {
        if (searcher == null) searcher = new KeptAnswers(index.openSearcher(), home.keptAnswers());
        return searcher;
    }

    /**
     * Has every writing operation (ingest, reparse, reindex, a record's correction) make {@code page}
     * once it is done, over the index it left, and keep the answers it asks for beside the index, so
     * that the next server's start takes them instead of counting every document; and is the page a
     * server's {@link #warmUp()} makes. Without it (a benchmark, a test) nothing is made after a write.
     */
    public Archive keepingFirstPage(FirstPage page) {
        this.firstPage = page;
        return this;
    }

    /**
     * Makes the first page ({@link #keepingFirstPage}) on a thread of its own and returns at once: a
     * server that starts does so beside its web server's start, so that the first page finds the
     * index open, its facet ordinals read and the code warm (on two cores, the two halves of a start
     * run side by side); then the store, which other pages need. A failure here is left for the first
     * request to meet and report.
     */
    public void warmUp() {
        FirstPage page = java.util.Objects.requireNonNull(firstPage, "no first page to warm up: keepingFirstPage first");
        Thread t = new Thread(() -> {
            try {
                // a server's first page opens the tables too (it asks them which sources are one work);
                // its answers are kept for the next start on the same commit, or taken from the last one's
                KeptAnswers kept = keptAnswers();
                kept.keeping(() -> page.make(documents(), kept, () -> live().get()));
                store();
            } catch (RuntimeException e) {
                // the first request meets it again, and answers with it
            }
        }, "fonds-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * After a write, under its lock and with its writer closed: the first page made over the commit in
     * place and its answers kept for the next start (a commit the file already answers searches nothing
     * and writes nothing).
     * A searcher of its own, since the archive's refreshes to a new commit only within a second; the
     * tables of the file, as a server opens them. Nothing where the engine names no state (SolrCloud)
     * or there is no index, nor where a server would have to build the tables in memory first (none
     * yet, or of another schema): what a start takes then is not worth a build. Never fails the write:
     * at worst the next start counts, as it did before.
     */
    private void keepFirstPage() {
        FirstPage page = firstPage;
        if (page == null) return;
        try (KeptAnswers fresh = new KeptAnswers(index.openSearcher(), home.keptAnswers())) {
            if (fresh.state().isEmpty()) return;
            Optional<DbTables> onDisk = tablesOnDisk();
            if (onDisk.isEmpty()) return;
            try (DbTables t = onDisk.get()) {
                fresh.keeping(() -> page.make(documents(), fresh, () -> t));
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the first page was not kept for the next start: " + e);
        }
    }

    /** The home's tables database when a server would open it as it is (present and of this schema). */
    private Optional<DbTables> tablesOnDisk() {
        try {
            return DbTables.openIfCurrent(tables.database());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /**
     * The latest stored version of every hit of {@code request}, in the order of the hits, read as
     * they are asked for (a bibliography of ten thousand hits is never held in memory). A hit the
     * store no longer holds is passed over.
     */
    public Stream<StoredVersion> storedHits(SearchRequest request) {
        StoredHits stored = new StoredHits(new AllHits(searcher(), request), documents());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(stored, Spliterator.ORDERED), false);
    }

    /** The harvesting interface over the store, presenting itself as {@code config} says. */
    public OaiProvider oai(OaiConfig config) {
        return new OaiProvider(store(), config, home.oaiCatalog());
    }

    /** Whether the store has been opened yet (it is opened on first use; `serve` starts without it). */
    public boolean storeOpen() {
        return store != null;
    }

    /** The home's accounts: who may sign in to correct it, with what role. */
    public Accounts accounts() {
        return new Accounts(home.accounts());
    }

    /** The home's key for OAI-PMH resumption tokens, made on first use. */
    public byte[] tokenKey() {
        return HomeFiles.tokenKey(home);
    }

    // ---- writing

    /** What an ingest did, and what became of the derived tables after it. */
    public record Ingested(Ingest.Summary summary, TablesOutcome tables) {
    }

    /**
     * Parses, stores and indexes {@code files} on {@code threads} cores under the home's lock, then
     * brings the derived tables up to date. The tables are marked stale before the store changes, so
     * a crash half-way is repaired by the next ingest or {@code reindex}.
     */
    public Ingested ingest(List<Path> files, int threads, Ingest.Progress progress, Consumer<String> log) {
        try {
            return doIngest(files, threads, progress, log);
        } catch (RuntimeException e) {
            throw EnvironmentException.of("ingest", e);
        }
    }

    private Ingested doIngest(List<Path> files, int threads, Ingest.Progress progress, Consumer<String> log) {
        writable();
        try (WriteLock lock = WriteLock.acquire(home, "ingest")) {
            try (SearchIndex writer = index.openIndex()) {
                boolean stale = tables.isStale();
                markStale();
                ExtractsInHand inHand = new ExtractsInHand();
                CatalogInHand catalogInHand = new CatalogInHand();
                Ingest.Summary s = new Ingest(store(), writer, new Problems(home), agent, threads)
                        .onStored((r, names, outcome) -> {
                            inHand.stored(r, names);
                            catalogInHand.stored(r, outcome.version(), outcome.created());
                        })
                        .run(files, progress, log);
                skipped.update(SkippedRecords.INDEX_STAGES, nowIndexed(writer), s.notIndexed());
                if (!stale && s.changed().isEmpty()) {
                    clearStale();
                    return new Ingested(s, TablesOutcome.unchanged());
                }
                return new Ingested(s, updateTables(stale ? null : s.changed(), inHand, catalogInHand));
            } finally {
                keepFirstPage(); // the writer closed (closing commits); also after a failure: an ingest commits as it goes
            }
        }
    }

    /** What a reparse did, and the tables after it. */
    public record Reparsed(Reparse.Report report, TablesOutcome tables) {
    }

    /**
     * Reads every stored source again with this parser: a new version where the record changed,
     * nothing written where it did not; then tries the kept refusals again.
     */
    public Reparsed reparse(Consumer<String> log) {
        try {
            return doReparse(log);
        } catch (RuntimeException e) {
            throw EnvironmentException.of("reparse", e);
        }
    }

    private Reparsed doReparse(Consumer<String> log) {
        writable();
        try (WriteLock lock = WriteLock.acquire(home, "reparse")) {
            try (SearchIndex writer = index.openIndex()) {
                boolean stale = tables.isStale();
                markStale();
                Reparse.Report r = new Reparse(store(), writer, new Problems(home), agent).run(log);
                return new Reparsed(r, updateTables(stale ? null : r.changed()));
            } finally {
                keepFirstPage();
            }
        }
    }

    /** What a correction wrote: the record's new version, the change as the record keeps it, and the tables after it. */
    public record Corrected(int version, Correction correction, TablesOutcome tables) {
    }

    /**
     * An editor's correction of one record (issue 17): a new version of its object, the source
     * untouched and the version's metadata naming the editor and the reason; then the index and the
     * tables, in the order every writing operation keeps (lock, mark the tables stale, store, index,
     * tables). A crash after the store leaves the new version stored and the tables marked stale, so
     * the next writing command (or {@code reindex}) brings index and tables to it.
     */
    public Corrected correct(RecordChange change, Account editor) {
        if (!editor.role().canEdit()) throw new IllegalArgumentException(editor.name() + " may not edit");
        try {
            return doCorrect(change, editor);
        } catch (RuntimeException e) {
            throw EnvironmentException.of("correction", e);
        }
    }

    private Corrected doCorrect(RecordChange change, Account editor) {
        writable();
        try (WriteLock lock = WriteLock.acquire(home, "correction")) {
            try (SearchIndex writer = index.openIndex()) {
                StoredVersion head = change.head(store());
                RecordCorrection.Applied applied = change.applyTo(head, editor, Instant.now());
                boolean stale = tables.isStale();
                inFlight(change.id()); // first: a kill after it, even before the stale mark, is finished by the next writer
                markStale();
                StoreOutcome o = store().put(new Deposit(head.source(), Reparse.sourceName(head, store()), applied.record(),
                        editor.name(), false, applied.message()));
                store().flush();
                writer.put(applied.record(), o.version());
                writer.commit();
                Corrected done = new Corrected(o.version(), applied.correction(), updateTables(stale ? null : Set.of(change.id())));
                Files.deleteIfExists(home.correctionInFlight());
                return done;
            } finally {
                keepFirstPage();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a people correction wrote: the authority object's new version (the change's number) and the tables after it. */
    public record PeopleCorrected(int change, String summary, TablesOutcome tables) {
    }

    /**
     * An editor's correction of the people (issue 17): a new version of the home's people authority
     * object in the store ({@link PeopleAuthorityObject}), its metadata naming the editor, what and
     * why; then the tables, re-resolved over the whole corpus with the new layer (only the rows whose
     * person changed are written). The search index holds names as written, not identities, so it
     * does not change. Crash safety as for a record: the in-flight mark first, then the stale mark;
     * the next writer finishes the tables from whichever version the store holds.
     */
    public PeopleCorrected correctPeople(PeopleCorrection change, Account editor) {
        if (!editor.role().canEdit()) throw new IllegalArgumentException(editor.name() + " may not edit");
        try {
            return doCorrectPeople(change, editor);
        } catch (RuntimeException e) {
            throw EnvironmentException.of("correction", e);
        }
    }

    private PeopleCorrected doCorrectPeople(PeopleCorrection change, Account editor) {
        writable();
        try (WriteLock lock = WriteLock.acquire(home, "correction")) {
            PeopleCorrection.Applied applied;
            try (Tables now = tables(Optional.empty(), line -> { })) {
                applied = change.applyTo(PeopleAuthorityObject.head(store()), now, n -> PeopleAuthorityObject.version(store(), n));
            }
            if (change.reverts() != null) applied = revertOf(applied, change.reverts());
            String message = PeopleChange.message(change, applied, editor.name(), Instant.now());
            // what the tables were written with, read before the marks and the store change it
            boolean staleBefore = tables.isStale();
            org.fonds.deliberation.people.Authority before = tables.authority(store());
            inFlight(PeopleAuthorityObject.ID);
            markStale();
            int version = PeopleAuthorityObject.write(store(), applied.layer(), editor.name(), message);
            store().flush();
            // narrowed to what the change of the authority reaches; no record changed, so neither the catalog
            PeopleCorrected done = new PeopleCorrected(version, applied.summary(), peopleTables(before, staleBefore));
            Files.deleteIfExists(home.correctionInFlight());
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables after a change of the authority from {@code before}: narrowed where {@link DerivedTables#updateAuthority} can. */
    private TablesOutcome peopleTables(org.fonds.deliberation.people.Authority before, boolean staleBefore) {
        // stale before (an earlier write died): everything made anew, the catalog too, as before this change
        if (staleBefore) return updateTables(null);
        long start = System.nanoTime();
        try {
            DerivedTables.Result r = tables.updateAuthority(store(), before, false);
            // a fallback to the whole rebuild read every record, and knows which it had to leave out
            if (r.documentsRead() > 0) skipped.replace(SkippedRecords.TABLE_STAGES, r.skipped());
            return TablesOutcome.built(r, System.nanoTime() - start, tables.database());
        } catch (IOException | RuntimeException e) {
            return TablesOutcome.failed(e.getMessage());
        }
    }

    /** A revert concerns the people of the change it undoes too: their histories list it. */
    private PeopleCorrection.Applied revertOf(PeopleCorrection.Applied applied, int n) {
        java.util.Set<String> people = new java.util.LinkedHashSet<>(peopleChanges().get(n - 1).people());
        people.addAll(applied.people());
        return new PeopleCorrection.Applied(applied.layer(), List.copyOf(people), applied.summary());
    }

    /** The people changes, oldest first (change n is version n of the authority object). */
    public List<PeopleChange> peopleChanges() {
        return PeopleAuthorityObject.history(store()).stream().map(PeopleChange::of).toList();
    }

    /** The corrections layer as people change {@code n} left it (0: before any). */
    public org.fonds.deliberation.people.Authority peopleLayer(int n) {
        return PeopleAuthorityObject.version(store(), n);
    }

    /** Marks {@code id} as being corrected, on disk before the store is touched. */
    private void inFlight(String id) {
        try {
            AtomicFiles.write(home.correctionInFlight(), out -> out.write((id + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a rebuild of the index did, and the tables rebuilt after it. */
    public record Reindexed(Reindex.Report report, TablesOutcome tables) {
    }

    /** Rebuilds the search index and the derived tables from the store. */
    public Reindexed reindex() {
        try {
            return doReindex();
        } catch (RuntimeException e) {
            throw EnvironmentException.of("reindex", e);
        }
    }

    private Reindexed doReindex() {
        writable();
        try (WriteLock lock = WriteLock.acquire(home, "reindex")) {
            try (SearchIndex writer = index.openIndex()) {
                Reindex.Report r = Reindex.run(store(), writer);
                skipped.replace(SkippedRecords.INDEX_STAGES, r.skipped());
                markStale();
                return new Reindexed(r, updateTables(null));
            } finally {
                keepFirstPage();
            }
        }
    }

    /**
     * Checks every stored object (structure and every file's digest), that the index holds exactly
     * the stored documents at their latest versions, and that the derived tables are up to date.
     * Reads only: it runs beside an ingest. One line per problem; none when all is well.
     */
    public List<String> verify() {
        List<String> problems = new ArrayList<>(Verification.run(store(), index.committed()));
        skipped.list().forEach(p -> problems.add(p.line() + (p.code().equals("not-indexed") ? "; run fonds reindex once mended"
                : "; the tables go on without it")));
        if (tables.isStale() && hasDocuments()) {
            problems.add("derived tables: " + home.derived() + " does not show what the store holds"
                    + " (an ingest stopped before updating it, or it was never built); run fonds reindex");
        }
        return problems;
    }

    /**
     * The derived tables: the home's own database when it is up to date, else built afresh from the
     * store in memory (and not kept: ingest and reindex keep them). With {@code authority}, built
     * with that people authority file instead of the home's. Records that cannot be read are told to
     * {@code log}. Close it when done.
     */
    public Tables tables(Optional<Path> authority, Consumer<String> log) {
        try {
            if (authority.isEmpty() && !tables.isStale()) {
                DbTables kept = DbTables.openReadOnly(tables.database());
                if (kept.current()) return kept;
                kept.close();
            }
            List<RecordProblem> skipped = new CopyOnWriteArrayList<>();
            Deliberations d = DerivedTables.build(store(),
                    authority.isPresent() ? AuthorityFile.read(authority.get()) : tables.authority(store()), skipped);
            skipped.forEach(p -> log.accept("left out " + p.line()));
            return new MemoryTables(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw EnvironmentException.of("tables", new IllegalStateException("cannot read " + tables.database() + ": " + e.getMessage(), e));
        }
    }

    /**
     * The derived tables as a server sees them: the home's database, read by query, and read anew
     * when a rebuild beside it replaces the file. A home whose tables were never built gets them
     * built in memory. Opened when first asked for (or by the warm-up, after its search), not here:
     * opening SQLite is part of a start, and a server's first page asks only which sources are one work.
     */
    public Supplier<Tables> liveTables(Consumer<String> log) {
        synchronized (this) {
            if (liveLog == null) liveLog = log;
        }
        return () -> live().get();
    }

    private LiveTables live() {
        LiveTables open = live;
        return open != null ? open : openLive();
    }

    private synchronized LiveTables openLive() {
        if (live == null) live = LiveTables.open(tables, this::store, liveLog != null ? liveLog : s -> { });
        return live;
    }

    // ---- the tables step, shared by every writing operation

    /**
     * Updates the tables for the documents {@code changed}, or rebuilds them all when that is null.
     * A failure here (an authority file that does not parse) loses nothing: the records are stored,
     * the tables stay marked stale, and the outcome says how to rebuild them once mended.
     */
    private TablesOutcome updateTables(Set<String> changed) {
        return updateTables(changed, new ExtractsInHand(), new CatalogInHand());
    }

    /** As {@link #updateTables(Set)}, with what the tables and the catalog need of the records an ingest had in hand. */
    private TablesOutcome updateTables(Set<String> changed, ExtractsInHand inHand, CatalogInHand catalogInHand) {
        long start = System.nanoTime();
        // a rebuild of both lists the store once (a listing parses every object's inventory), inside
        // each one's own failure handling as when each listed it
        Supplier<List<String>> ids = new StoredIds();
        // before the tables: their update takes the stale mark away, and a crash before this must leave it
        updateCatalog(changed, ids, catalogInHand);
        try {
            DerivedTables.Result r = changed == null ? tables.rebuild(store(), ids.get(), inHand) : tables.update(store(), changed, false, inHand);
            if (changed == null) skipped.replace(SkippedRecords.TABLE_STAGES, r.skipped());
            else skipped.update(SkippedRecords.TABLE_STAGES, changed::contains, r.skipped());
            return TablesOutcome.built(r, System.nanoTime() - start, tables.database());
        } catch (IOException | RuntimeException e) {
            return TablesOutcome.failed(e.getMessage());
        }
    }

    /**
     * Updates the OAI-PMH catalog for {@code changed}, or rebuilds it when that is null. One that
     * cannot be written is deleted, so that a server scans the store instead of listing an old catalog
     * and the next writing operation makes it anew; the records are stored whatever happens here.
     */
    private void updateCatalog(Set<String> changed, Supplier<List<String>> ids, CatalogInHand inHand) {
        try {
            if (changed == null) CatalogTable.rebuild(store(), home.oaiCatalog(), ids.get(), inHand);
            else CatalogTable.update(store(), home.oaiCatalog(), changed, inHand);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "OAI-PMH catalog not updated, deleted to be made anew: " + e.getMessage());
            try {
                Files.deleteIfExists(home.oaiCatalog());
            } catch (IOException ignored) {
                // a server that still finds it lists what it lists until the next write makes it anew
            }
        }
    }

    /**
     * Whether a document the index once went without is indexed now, at its stored version: asked
     * of the index itself, and only when there is such a document (reading every committed id of a
     * large index costs a second).
     */
    private Predicate<String> nowIndexed(SearchIndex writer) {
        Supplier<Map<String, Integer>> once = new Supplier<>() {
            private Map<String, Integer> map;

            @Override
            public Map<String, Integer> get() {
                if (map == null) map = writer.committed();
                return map;
            }
        };
        return id -> {
            Integer v = once.get().get(id);
            return v != null && store().contains(id) && v == store().headVersion(id);
        };
    }

    private void writable() {
        if (readOnly) throw new IllegalStateException("this archive was opened for reading only: " + home.root());
    }

    private void markStale() {
        try {
            tables.markStale();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void clearStale() {
        try {
            tables.clearStale();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored documents' ids, listed when first asked for and then kept; a listing that fails is tried again. */
    private final class StoredIds implements Supplier<List<String>> {
        private List<String> ids;

        @Override
        public List<String> get() {
            if (ids == null) {
                try (Stream<String> listed = store().ids()) {
                    ids = listed.toList();
                }
            }
            return ids;
        }
    }

    private boolean hasDocuments() {
        try (Stream<String> ids = store().ids()) {
            return ids.findAny().isPresent();
        }
    }

    @Override
    public synchronized void close() {
        if (live != null) live.close();
        if (searcher != null) searcher.close();
        if (store != null) store.close();
    }
}
