package org.fonds.store;

import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.exception.FixityCheckException;
import io.ocfl.api.exception.NotFoundException;
import io.ocfl.api.exception.OcflJavaException;
import io.ocfl.api.io.FixityCheckInputStream;
import io.ocfl.api.model.DigestAlgorithm;
import io.ocfl.api.model.FileDetails;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.OcflObjectVersion;
import io.ocfl.api.model.ValidationIssue;
import io.ocfl.api.model.VersionDetails;
import io.ocfl.api.model.VersionInfo;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.HashedNTupleIdEncapsulationLayoutExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.fonds.record.stored.DamagedObjectException;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.VersionSummary;
import org.fonds.record.RecordJson;

/**
 * The preservation store: an OCFL 1.1 repository with one object per document id, holding the
 * source file byte for byte ({@value #SOURCE}) and the parsed record ({@value #RECORD}). A changed
 * source or a record that a newer parser reads differently makes a new version; an unchanged one
 * writes nothing. Thread-safe: documents are stored in parallel, one id at a time.
 */
public final class OcflStore implements AutoCloseable {
    public static final String SOURCE = "source.txt";
    public static final String RECORD = "record.json";
    /**
     * Objects of the home itself rather than of a document (the editors' people corrections): their
     * ids hold a colon, which no document id does ([a-z0-9-]), so {@link #ids()} leaves them out
     * while {@link #verify} checks them like every object.
     */
    public static final String HOME_OBJECT_PREFIX = "fonds:";

    /** Lock stripes: two deposits of one id (a document from two mirrors) must not race. */
    private static final int STRIPES = 256;


    private final ArchiveHome home;
    /** Null when the store was opened for reading only. */
    private final Journal journal;
    /** The private work folder of a store opened for reading, deleted on close. */
    private final Path readWork;
    private final List<Unsynced> unsynced = new ArrayList<>();
    private final OcflRepository repo;
    /** The store's layout (OCFL extension 0003, {@link StoreLayout}): maps an id to its object's folder. */
    private final HashedNTupleIdEncapsulationLayoutExtension layout;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    private OcflStore(ArchiveHome home, Journal journal, OcflRepository repo) {
        this(home, journal, repo, null);
    }

    private OcflStore(ArchiveHome home, Journal journal, OcflRepository repo, Path readWork) {
        this.readWork = readWork;
        this.home = home;
        this.journal = journal;
        this.repo = repo;
        this.layout = StoreLayout.of(home.ocfl());
        for (int i = 0; i < STRIPES; i++) stripes[i] = new ReentrantLock();
    }

    /** Opens the store of {@code home}, creating an empty OCFL repository there if there is none. */
    public static OcflStore open(ArchiveHome home) {
        Journal journal = new Journal(home);
        try {
            home.create();
            recoverIfNeeded(home);
            journal.create();
        } catch (IOException e) {
            throw new StoreException("cannot open the archive home " + home.root() + ": " + e.getMessage(), e);
        }
        OcflRepository repo = new OcflRepositoryBuilder()
                .defaultLayoutConfig(StoreLayout.forNewStores())
                .storage(storage -> storage.fileSystem(home.ocfl()))
                .workDir(home.work())
                .build();
        return new OcflStore(home, journal, repo);
    }

    /**
     * Opens an existing store to read it only (verify, show, search): nothing is created, repaired
     * or written, so it works beside a running ingest and on a read-only copy of a home. What a
     * crashed writer left in flight stays for the next writer to repair; a version it never
     * finished installing is not visible to readers anyway.
     */
    public static OcflStore openForReading(ArchiveHome home) {
        if (!Files.isDirectory(home.ocfl())) throw new StoreException("no OCFL store at " + home.ocfl());
        Path work;
        try {
            // ocfl-java wants a work folder even to read; a private one keeps the home untouched
            work = Files.createTempDirectory("fonds-read-");
            work.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new StoreException("cannot make a temporary folder to read " + home.root() + ": " + e.getMessage(), e);
        }
        OcflRepository repo = new OcflRepositoryBuilder()
                .defaultLayoutConfig(StoreLayout.forNewStores())
                .storage(storage -> storage.fileSystem(home.ocfl()))
                .workDir(work)
                .build();
        return new OcflStore(home, null, repo, work);
    }

    /**
     * Repairs what a crashed writer left in flight, if no live writer holds the home: every command
     * that opens the store does this, so the next command after a crash finds the store whole.
     */
    private static void recoverIfNeeded(ArchiveHome home) throws IOException {
        Journal journal = new Journal(home);
        if (journal.leftovers().isEmpty() && isEmpty(home.work())) return;
        if (WriteLock.heldHere(home)) {
            recover(home, journal);
            return;
        }
        try (WriteLock lock = WriteLock.tryAcquire(home, "recovery")) {
            if (lock != null) recover(home, journal);
        }
    }

    private static void recover(ArchiveHome home, Journal journal) throws IOException {
        for (Path segment : journal.leftovers()) {
            for (String objectPath : JournalSegment.objectPaths(segment)) {
                Path objectRoot = home.ocfl().resolve(objectPath).normalize();
                if (!objectRoot.startsWith(home.ocfl())) {
                    throw new StoreException("journal segment " + segment + " points outside the store: " + objectPath);
                }
                Recovery.repair(objectRoot);
            }
            Files.delete(segment);
        }
        // versions being assembled when the writer died: never installed, so nothing refers to them
        try (Stream<Path> leftovers = Files.list(home.work())) {
            for (Path p : leftovers.toList()) Recovery.deleteTree(p);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return true;
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    public ArchiveHome home() {
        return home;
    }

    /** Stores a deposit as a new object, a new version, or not at all when nothing changed. */
    public StoreOutcome put(Deposit deposit) {
        if (journal == null) throw new StoreException("the store of " + home.root() + " was opened for reading only");
        String id = deposit.record().id();
        byte[] record = recordBytes(deposit);
        ReentrantLock lock = stripes[Math.floorMod(id.hashCode(), STRIPES)];
        lock.lock();
        try {
            boolean exists = repo.containsObject(id);
            if (exists && unchanged(repo.describeObject(id).getHeadVersion(), deposit.source(), record)) {
                return new StoreOutcome(id, StoreOutcome.Kind.UNCHANGED, headVersion(id));
            }
            String objectPath = objectPath(id);
            Path objectRoot = home.ocfl().resolve(objectPath);
            boolean ownerOnly = deposit.ownerOnly() || exists && OwnerOnly.is(objectRoot);
            JournalSegment intent = journal.begin(objectPath);
            // the time ocfl-java would take itself (its clock is the system's, in UTC), taken here so
            // that the caller knows the version's datestamp without reading the inventory back
            OffsetDateTime created = OffsetDateTime.now(Clock.systemUTC());
            VersionInfo info = new VersionInfo().setCreated(created)
                    .setUser(deposit.agent(), "https://github.com/fonds-archive/fonds")
                    .setMessage(deposit.message() != null ? deposit.message() : "ingest of " + deposit.sourcePath());
            ObjectVersionId written = repo.updateObject(ObjectVersionId.head(id), info, updater -> {
                updater.writeFile(stream(deposit.source()), SOURCE, OcflOption.OVERWRITE);
                updater.writeFile(stream(record), RECORD, OcflOption.OVERWRITE);
            });
            int version = Math.toIntExact(written.getVersionNum().getVersionNum());
            if (ownerOnly) restrict(objectRoot);
            synchronized (unsynced) {
                unsynced.add(new Unsynced(objectRoot, version, intent));
            }
            return new StoreOutcome(id, exists ? StoreOutcome.Kind.UPDATED : StoreOutcome.Kind.ADDED, version, created);
        } finally {
            lock.unlock();
        }
    }

    private static void restrict(Path objectRoot) {
        try {
            OwnerOnly.restrictTree(objectRoot);
        } catch (IOException e) {
            throw new StoreException("cannot make " + objectRoot + " readable by its owner only: " + e.getMessage(), e);
        }
    }

    /** A version written but not yet known to be on disk, and its journal entry. */
    private record Unsynced(Path objectRoot, int version, JournalSegment intent) {
    }

    /**
     * Makes every version written so far durable, then clears their journal entries. Forcing each
     * file of each version costs about as much as the rest of an ingest, so writes are synced in
     * batches: one {@code sync -f} (syncfs) of the store's file system per batch, and file by file
     * only where that command is missing. Until this returns, a crash is repaired from the journal.
     */
    public void flush() {
        if (journal == null) return; // opened for reading: nothing was written
        journal.rotate(); // writes that finish after the batch below is taken end in a later flush
        List<Unsynced> batch;
        synchronized (unsynced) {
            if (unsynced.isEmpty()) return;
            batch = new ArrayList<>(unsynced);
            unsynced.clear();
        }
        if (!syncFileSystem(home.ocfl())) {
            for (Unsynced u : batch) makeDurable(u.objectRoot(), u.version());
        }
        for (Unsynced u : batch) journal.end(u.intent());
    }

    /** syncfs(2) through coreutils' {@code sync -f}: one flush for a whole batch of objects. */
    private static boolean syncFileSystem(Path anyPathOnIt) {
        try {
            Process p = new ProcessBuilder("sync", "-f", anyPathOnIt.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Forces the new version, the root inventory and the directories above them to disk. */
    private static void makeDurable(Path objectRoot, int version) {
        try {
            Durable.forceTree(objectRoot.resolve("v" + version));
            Durable.force(objectRoot.resolve("inventory.json"));
            Durable.force(objectRoot.resolve("inventory.json.sha512"));
            for (Path dir = objectRoot; dir != null && version == 1 && dir.getNameCount() > 0; dir = dir.getParent()) {
                Durable.forceDirectory(dir);
                if (dir.resolve("0=ocfl_1.1").toFile().exists()) break;
            }
            Durable.forceDirectory(objectRoot);
        } catch (IOException e) {
            throw new StoreException("cannot force " + objectRoot + " to disk: " + e.getMessage(), e);
        }
    }

    /** The record file as stored: the record's JSON and a final line break. */
    static byte[] recordBytes(Deposit deposit) {
        return (RecordJson.write(deposit.record()) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean unchanged(VersionDetails head, byte[] source, byte[] record) {
        return sameDigest(head.getFile(SOURCE), source) && sameDigest(head.getFile(RECORD), record);
    }

    private static boolean sameDigest(FileDetails file, byte[] content) {
        if (file == null) return false;
        String stored = file.getFixity().get(DigestAlgorithm.fromOcflName("sha512"));
        return stored != null && stored.equalsIgnoreCase(sha512(content));
    }

    public boolean contains(String id) {
        return repo.containsObject(id);
    }

    /** The ids of the stored documents (not the home's own objects). */
    public Stream<String> ids() {
        // the ids from the folders' names, not from every inventory as ocfl-java lists them (ObjectIds)
        return ObjectIds.list(home.ocfl(), layout).filter(id -> !id.startsWith(HOME_OBJECT_PREFIX));
    }

    /**
     * Writes one file as a new version of a home object ({@link #HOME_OBJECT_PREFIX}), journalled
     * like a deposit so a crash leaves the old version or the new one; durable after {@link #flush}.
     * Returns the version written.
     */
    public int putHomeFile(String id, String file, byte[] content, String agent, String message) {
        if (journal == null) throw new StoreException("the store of " + home.root() + " was opened for reading only");
        if (!id.startsWith(HOME_OBJECT_PREFIX)) throw new IllegalArgumentException("not a home object id: " + id);
        ReentrantLock lock = stripes[Math.floorMod(id.hashCode(), STRIPES)];
        lock.lock();
        try {
            String objectPath = objectPath(id);
            Path objectRoot = home.ocfl().resolve(objectPath);
            JournalSegment intent = journal.begin(objectPath);
            VersionInfo info = new VersionInfo().setUser(agent, "https://github.com/fonds-archive/fonds").setMessage(message);
            ObjectVersionId written = repo.updateObject(ObjectVersionId.head(id), info,
                    updater -> updater.writeFile(stream(content), file, OcflOption.OVERWRITE));
            int version = Math.toIntExact(written.getVersionNum().getVersionNum());
            synchronized (unsynced) {
                unsynced.add(new Unsynced(objectRoot, version, intent));
            }
            return version;
        } finally {
            lock.unlock();
        }
    }

    public int headVersion(String id) {
        return Math.toIntExact(repo.describeObject(id).getHeadVersionNum().getVersionNum());
    }

    /** Every version of a document, oldest first; empty when the store has no such document. */
    public List<VersionSummary> history(String id) {
        repo.invalidateCache(id); // another process may have written it since: a server runs for days
        if (!repo.containsObject(id)) return List.of();
        List<VersionSummary> out = new ArrayList<>();
        for (VersionDetails v : repo.describeObject(id).getVersionMap().values()) {
            out.add(new VersionSummary(Math.toIntExact(v.getVersionNum().getVersionNum()), v.getCreated(),
                    v.getVersionInfo() == null ? "" : v.getVersionInfo().getMessage()));
        }
        out.sort(Comparator.comparingInt(VersionSummary::version));
        return out;
    }

    /**
     * A version of a document, read back with its fixity checked: each file's
     * SHA-512 is computed while it is read (no second pass) and compared with the inventory's, so a
     * flipped byte is never handed out as the preserved copy.
     *
     * @throws DamagedObjectException when a file of the version is missing or fails its digest
     */
    public Optional<StoredVersion> read(String id, VersionRef version) {
        repo.invalidateCache(id);
        if (!repo.containsObject(id)) return Optional.empty();
        OcflObjectVersion v;
        try {
            v = repo.getObject(objectVersion(id, version));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (OcflJavaException e) {
            // an inventory that does not parse or does not match its sidecar
            throw new DamagedObjectException(id, "inventory.json", e.getMessage(), e);
        }
        byte[] source = readAll(id, v, SOURCE);
        byte[] record = readAll(id, v, RECORD);
        return Optional.of(new StoredVersion(id, Math.toIntExact(v.getVersionNum().getVersionNum()), v.getCreated(),
                v.getVersionInfo() == null ? "" : v.getVersionInfo().getMessage(), source,
                new String(record, StandardCharsets.UTF_8)));
    }

    /**
     * One file of a version, fixity checked, without reading the other: the
     * intact source of an object whose record is damaged can still be served.
     */
    public Optional<byte[]> readFile(String id, VersionRef version, String file) {
        repo.invalidateCache(id);
        if (!repo.containsObject(id)) return Optional.empty();
        try {
            OcflObjectVersion v = repo.getObject(objectVersion(id, version));
            return Optional.of(readAll(id, v, file));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (OcflJavaException e) {
            throw new DamagedObjectException(id, "inventory.json", e.getMessage(), e);
        }
    }

    private static ObjectVersionId objectVersion(String id, VersionRef version) {
        return version instanceof VersionRef.Numbered(int n) ? ObjectVersionId.version(id, n) : ObjectVersionId.head(id);
    }

    private static byte[] readAll(String id, OcflObjectVersion v, String path) {
        if (!v.containsFile(path)) return new byte[0];
        try (FixityCheckInputStream in = v.getFile(path).getStream()) {
            byte[] bytes = in.readAllBytes();
            in.checkFixity();
            return bytes;
        } catch (FixityCheckException e) {
            throw new DamagedObjectException(id, path, "its SHA-512 digest differs from the one in the inventory", e);
        } catch (NoSuchFileException | io.ocfl.api.exception.OcflNoSuchFileException | NotFoundException e) {
            throw new DamagedObjectException(id, path, "the file is missing", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OcflJavaException e) {
            throw new DamagedObjectException(id, path, e.getMessage(), e);
        }
    }

    /** The folder of object {@code id}, relative to the storage root, by the store's own layout. */
    String objectPath(String id) {
        return layout.mapObjectId(id);
    }

    /**
     * Checks every object: OCFL structure and, with {@code fixity}, every stored file's digest.
     * Returns problems as lines "ID: CODE message", none when the store is sound. On every core:
     * see {@link #verify(boolean, int)}.
     */
    public List<String> verify(boolean fixity) {
        return verify(fixity, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The same on {@code threads} threads. Each object is checked apart from the others (its
     * inventory, its files, their digests), so they are checked side by side, and the problems are
     * reported in the order of the sorted ids whatever the number of threads (one thread took
     * ~175 s per 100,000 objects: ~50 min at a million).
     */
    public List<String> verify(boolean fixity, int threads) {
        List<String> ids;
        try (Stream<String> all = repo.listObjectIds()) {
            ids = all.sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (List<String> lines : onThreads(ids, threads, id -> problems(id, fixity))) problems.addAll(lines);
        return problems;
    }

    /**
     * {@code work} of each id on {@code threads} threads of our own, the results in the order of
     * {@code ids} (a ForkJoinPool's caller helps run a parallel stream: one thread more than asked).
     */
    private <T> List<T> onThreads(List<String> ids, int threads, Function<String, T> work) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1 (got: " + threads + ")");
        AtomicReferenceArray<T> done = new AtomicReferenceArray<>(ids.size());
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) done.set(i, work.apply(ids.get(i)));
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<Void> f : pool.invokeAll(Collections.nCopies(threads, worker))) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("reading the objects of " + home.root() + " was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new StoreException("reading the objects of " + home.root() + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<T> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) out.add(done.get(i));
        return out;
    }

    private List<String> problems(String id, boolean fixity) {
        List<ValidationIssue> errors = repo.validateObject(id, fixity).getErrors();
        if (errors.isEmpty()) return List.of();
        List<String> lines = new ArrayList<>(errors.size());
        for (ValidationIssue issue : errors) lines.add(id + ": " + issue.getCode() + " " + issue.getMessage());
        return lines;
    }

    static String sha512(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required of every JDK", e);
        }
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void close() {
        flush();
        repo.close();
        if (journal == null) {
            try {
                Files.deleteIfExists(readWork);
            } catch (IOException e) {
                // an empty temporary folder left behind; deleteOnExit tries again
            }
        }
    }
}
