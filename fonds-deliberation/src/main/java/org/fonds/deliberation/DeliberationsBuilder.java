package org.fonds.deliberation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Canonical;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.people.People;
import org.fonds.deliberation.sessions.Copies;
import org.fonds.deliberation.sessions.Meetings;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Chronology;
import org.fonds.deliberation.tables.DocumentEntry;
import org.fonds.record.ArchiveRecord;

/**
 * Collects records one by one and builds {@link Deliberations}. Adding does the per-record work
 * (sessions, names, references, dates); {@link #build()} does what needs every record (who is who)
 * and the tables. Records are kept by id, so the result does not depend on the order they came in,
 * and a record added again replaces its earlier version. Records may be added from several threads
 * at once (the extraction is the costly part); {@link #build()} runs once they are all in.
 */
public final class DeliberationsBuilder {
    private final Authority authority;
    /** Each document's extract, the parts only its own rows need packed ({@link PackedExtract}). */
    private final Map<String, PackedExtract> extracts = new ConcurrentSkipListMap<>();
    /**
     * The extract each document replaced or removed had when the builder was last written out
     * ({@link #forgetPrevious}): what a narrowed update needs of a document that is no longer here.
     */
    private final Map<String, PackedExtract> previous = new java.util.concurrent.ConcurrentHashMap<>();
    /** One instance of each name occurrence across the extracts held (see {@link Canonical}). */
    private final Canonical canonical;
    /** Packs the extracts added here (not those an ingest's hand packed: each keeps its own codec). */
    private final Packer packer = new Packer();
    /**
     * The shards on disk whose extracts are not read yet, with what grouping needs of their records;
     * null when every extract is held ({@link #loadExtracts} of a layout without groupings, or a builder
     * filled record by record).
     */
    private final ShardsOnDisk onDisk;
    /** Counts the documents added and removed: {@link #allNames} is kept while it stays. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private volatile KeptNames keptNames;

    /** Every document's names as {@link #allNames} gave them after {@code changes} additions and removals. */
    private record KeptNames(long changes, List<DocumentNames> names) {
    }

    DeliberationsBuilder(Authority authority) {
        this(authority, new Canonical(), null);
    }

    private DeliberationsBuilder(Authority authority, Canonical canonical, ShardsOnDisk onDisk) {
        this.authority = Objects.requireNonNull(authority, "authority");
        this.canonical = canonical;
        this.onDisk = onDisk;
    }

    public DeliberationsBuilder add(ArchiveRecord record) {
        put(PackedExtract.of(Extract.of(record), packer));
        return this;
    }

    /** Adds an extract made already (from a record an ingest had in hand, packed there). */
    void put(PackedExtract e) {
        changes.incrementAndGet();
        need(e.documentId());
        remember(extracts.put(e.documentId(), compact(e)));
    }

    /** {@code e} with its names sharing the occurrences other extracts held here have: the same rows, a fraction of the heap. */
    private PackedExtract compact(PackedExtract e) {
        return e.withNames(canonical.names(e.names()));
    }

    private void remember(PackedExtract old) {
        if (old != null) previous.putIfAbsent(old.documentId(), old);
    }

    /**
     * Adds the extract {@code inHand} holds of {@code documentId}; false when it holds none, and
     * then the caller reads the record from the store and {@link #add}s it.
     */
    public boolean addFrom(ExtractsInHand inHand, String documentId) {
        return inHand.addTo(this, documentId);
    }

    public DeliberationsBuilder remove(String documentId) {
        changes.incrementAndGet();
        need(documentId);
        remember(extracts.remove(documentId));
        return this;
    }

    /**
     * Reads now, side by side by shard, the extracts on disk of {@code documentIds} (the other lines of
     * their shards are passed over): what would otherwise be read one by one as each document is asked
     * for. Nothing when every extract is held.
     */
    public void prepare(Collection<String> documentIds) throws IOException {
        if (onDisk == null) return;
        Map<Integer, Set<String>> byShard = new TreeMap<>();
        for (String id : documentIds) byShard.computeIfAbsent(ExtractShards.shard(id), k -> new java.util.HashSet<>()).add(id);
        eachShard(byShard.keySet(), shard -> onDisk.load(shard, byShard.get(shard), canonical, packer, this::loaded));
    }

    /** Reads every extract still on disk: for what reads every document (who is who, a rebuild). */
    private void needAll() {
        if (onDisk == null) return;
        try {
            eachShard(onDisk.unreadShards(), shard -> onDisk.load(shard, canonical, packer, this::loaded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the shard of {@code documentId} if it is still on disk. */
    private void need(String documentId) {
        if (onDisk == null) return;
        try {
            onDisk.load(ExtractShards.shard(documentId), Set.of(documentId), canonical, packer, this::loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loaded(PackedExtract e) {
        extracts.put(e.documentId(), compact(e));
    }

    /** The names {@code documentId} had before it was replaced or removed, if it was since {@link #forgetPrevious}. */
    public Optional<DocumentNames> previousNames(String documentId) {
        PackedExtract e = previous.get(documentId);
        return e == null ? Optional.empty() : Optional.of(e.names());
    }

    /** Says the tables now show this builder: what was replaced or removed before is forgotten. */
    public void forgetPrevious() {
        previous.clear();
    }

    /** The names of {@code documentId} (it must have been added). */
    public DocumentNames names(String documentId) {
        return held(documentId).names();
    }

    /**
     * Every document's names, in id order. Of a builder loaded for an update, the names of the documents
     * whose extracts are not read come from the names files beside the shards, and the extracts stay
     * on disk; the list is kept until a document is added or removed (an update asks for it more than once).
     */
    public List<DocumentNames> allNames() {
        long at = changes.get();
        KeptNames kept = keptNames;
        if (kept != null && kept.changes() == at) return kept.names();
        List<DocumentNames> names = new ArrayList<>(size());
        // the unread first: a shard without names is read into the extracts, which are taken after
        if (onDisk != null) names.addAll(unreadNames(null));
        for (PackedExtract e : extracts.values()) names.add(e.names());
        if (onDisk != null) names = inIdOrderOnce(names);
        List<DocumentNames> out = java.util.Collections.unmodifiableList(names);
        keptNames = new KeptNames(at, out);
        return out;
    }

    /**
     * {@code names} sorted by id, each document once: an extract read while the names files were (the
     * extracts' saver runs beside who is who) is among both. Such a document is unchanged, so both are equal.
     */
    private static List<DocumentNames> inIdOrderOnce(List<DocumentNames> names) {
        names.sort(Comparator.comparing(DocumentNames::documentId));
        List<DocumentNames> out = new ArrayList<>(names.size());
        for (DocumentNames n : names) {
            if (!out.isEmpty() && out.get(out.size() - 1).documentId().equals(n.documentId())) continue;
            out.add(n);
        }
        return out;
    }

    /**
     * The names of every document that gives the resolution one of {@code forms} ({@link
     * org.fonds.deliberation.people.NameForms#formsOf}), in id order: of a builder loaded for an update,
     * a shard whose names file's head lists none of them is passed over, its names not read (who is who
     * for a few surnames reads the shards that name them, issue 14).
     */
    public List<DocumentNames> namesHolding(Set<String> forms) {
        KeptNames kept = keptNames;
        if (onDisk == null || kept != null && kept.changes() == changes.get()) return holding(allNames(), forms);
        List<DocumentNames> out = unreadNames(forms);
        List<DocumentNames> held = new ArrayList<>();
        for (PackedExtract e : extracts.values()) held.add(e.names());
        out.addAll(holding(held, forms));
        return inIdOrderOnce(out);
    }

    private static List<DocumentNames> holding(List<DocumentNames> names, Set<String> forms) {
        List<DocumentNames> out = new ArrayList<>();
        for (DocumentNames d : names) {
            for (String f : org.fonds.deliberation.people.NameForms.formsOf(d)) {
                if (forms.contains(f)) {
                    out.add(d);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The names of the documents whose extracts are not read, from the names files (or, where a shard has
     * none, its extracts read, to be taken from those): all of them when {@code forms} is null, else
     * those holding one of {@code forms}, passing over a shard whose names file's head lists none.
     */
    private List<DocumentNames> unreadNames(Set<String> forms) {
        Map<Integer, List<DocumentNames>> byShard = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            eachShard(onDisk.unreadShards(), shard -> {
                if (forms != null) {
                    Set<String> head = onDisk.headForms(shard);
                    if (head != null && java.util.Collections.disjoint(head, forms)) return;
                }
                List<DocumentNames> names = onDisk.unreadNames(shard, canonical);
                if (names != null) byShard.put(shard, forms == null ? names : holding(names, forms));
                else onDisk.load(shard, canonical, packer, this::loaded);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DocumentNames> out = new ArrayList<>();
        for (List<DocumentNames> names : byShard.values()) out.addAll(names);
        return out;
    }

    /** How the corpus reads each of its name forms (corpus-wide readings worked out once). */
    public org.fonds.deliberation.people.NameForms nameForms() {
        return org.fonds.deliberation.people.NameForms.of(authority, allNames());
    }

    /**
     * The corpus-wide readings from counts held of the documents before a change ({@code held}, the
     * tables' own), moved by the documents {@code changed} since: each removed or replaced one's names
     * taken away, each one here now counted. {@code counted} says which of them the counts held. Null
     * when a replaced or removed document's earlier names are not known (then only {@link #nameForms} can say).
     */
    public org.fonds.deliberation.people.NameForms nameForms(org.fonds.deliberation.people.NameCounts held, Collection<String> changed,
                                                              java.util.function.Predicate<String> counted) {
        for (String id : changed) {
            if (counted.test(id)) {
                Optional<DocumentNames> before = previousNames(id);
                if (before.isEmpty()) return null;
                held.remove(before.get());
            }
            if (contains(id)) held.add(names(id));
        }
        return org.fonds.deliberation.people.NameForms.of(authority, held);
    }

    public Authority authority() {
        return authority;
    }

    /**
     * A builder of the same documents read with {@code other} (a people correction changed the
     * authority; the extracts do not depend on it). What this one replaced or removed is not carried.
     */
    public DeliberationsBuilder withAuthority(Authority other) {
        needAll();
        DeliberationsBuilder out = new DeliberationsBuilder(other);
        // the same extracts: their occurrences stay this builder's instances, and the new one's map learns them as they come
        for (PackedExtract e : extracts.values()) out.put(e);
        return out;
    }

    /** The name forms whose person the rows of {@code documentId} depend on ({@link DocumentRows#forms}). */
    public java.util.Set<String> rowForms(String documentId) {
        return DocumentRowsOf.forms(held(documentId).extract());
    }

    /** The extract of {@code documentId} whole, its packed parts unpacked (it must have been added). */
    Extract extract(String documentId) {
        return held(documentId).extract();
    }

    private PackedExtract held(String documentId) {
        need(documentId);
        PackedExtract e = extracts.get(documentId);
        if (e == null) throw new IllegalArgumentException("no document added under this id (got: " + documentId + ")");
        return e;
    }

    /**
     * Writes the extracts to {@code dir} as the shards that hold {@code ids} (every shard when null),
     * each through {@code writer}, which must write whole files or none (a crash in between leaves
     * some shards old: callers mark the cache stale before and rebuild it whole after a crash).
     * Shards of an older layout ({@link ExtractShards.Encoding}) are all written anew, then deleted
     * (also when a crash left them behind a complete conversion).
     */
    public void saveExtracts(Path dir, Collection<String> ids, ShardWriter writer) throws IOException {
        boolean convert = ExtractShards.encoding(dir).orElse(null) != ExtractShards.Encoding.ZSTD;
        Set<Integer> shards = new TreeSet<>();
        if (ids == null || convert) {
            for (int i = 0; i < ExtractShards.SHARDS; i++) shards.add(i);
        } else {
            for (String id : ids) shards.add(ExtractShards.shard(id));
            // shards an older Fonds wrote without names: read whole and written with them, once
            if (onDisk != null) shards.addAll(onDisk.withoutNames());
        }
        if (ids == null || convert) needAll();
        else prepare(ids);
        // a shard written without its names file before (an older Fonds): every line read, so that all its names are known
        if (onDisk != null) eachShard(shards, shard -> {
            if (!onDisk.hasNames(shard)) onDisk.load(shard, canonical, packer, this::loaded);
        });
        Map<Integer, List<PackedExtract>> byShard = byShard(shards);
        // side by side: each shard is serialised, compressed and forced to disk on its own, its groupings beside it
        eachShard(shards, shard -> {
            List<PackedExtract> held = byShard.getOrDefault(shard, List.of());
            // the lines of the records not read go through as they are, and their groupings as read
            ShardsOnDisk.Lines unread = onDisk == null ? ShardsOnDisk.Lines.NONE : onDisk.unreadLines(shard);
            List<DocumentNames> names = new ArrayList<>();
            for (PackedExtract e : held) names.add(e.names());
            if (onDisk != null) names.addAll(unreadNamesOf(shard));
            writer.write(ExtractShards.file(dir, shard), out -> ExtractShards.write(unpacked(held), unread::writeTo, out));
            List<GroupFiles.Grouping> groupings = new ArrayList<>();
            for (PackedExtract e : held) groupings.add(GroupFiles.Grouping.of(e));
            if (onDisk != null) groupings.addAll(onDisk.unreadGroupings(shard));
            // one token for both: a later writer of the groupings that writes no names leaves names of another token
            long token = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            writer.write(GroupFiles.file(dir, shard), out -> GroupFiles.write(groupings, token, out));
            writer.write(NameFiles.file(dir, shard), out -> NameFiles.write(names, token, out));
            if (onDisk != null) onDisk.written(shard, token);
        });
        if (ids == null || convert) {
            writer.write(dir.resolve("FORMAT"), out -> out.write(ExtractShards.FORMAT.getBytes(StandardCharsets.UTF_8)));
        }
        if (ExtractShards.encoding(dir).orElse(null) != ExtractShards.Encoding.ZSTD) return;
        for (ExtractShards.Encoding older : ExtractShards.Encoding.values()) {
            if (older.sameFilesAs(ExtractShards.Encoding.ZSTD)) continue;
            for (int i = 0; i < older.shards; i++) Files.deleteIfExists(older.file(dir, i));
        }
    }

    /** The names of the records of {@code shard} not read, which its names file holds (shards without one were read whole before). */
    private List<DocumentNames> unreadNamesOf(int shard) throws IOException {
        List<DocumentNames> names = onDisk.unreadNames(shard, canonical);
        if (names == null) throw new IOException("the names of extract shard " + shard + " are not all in its names file");
        return names;
    }

    /** The extracts of {@code shards} (read from disk already), by shard, in id order: one pass over the extracts, not one per shard. */
    private Map<Integer, List<PackedExtract>> byShard(Set<Integer> shards) {
        Map<Integer, List<PackedExtract>> out = new HashMap<>();
        for (PackedExtract e : extracts.values()) {
            int shard = ExtractShards.shard(e.documentId());
            if (shards.contains(shard)) out.computeIfAbsent(shard, k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** One shard's extracts whole, one at a time as the shard is written (not every shard's at once). */
    private static Iterable<Extract> unpacked(List<PackedExtract> held) {
        return () -> held.stream().map(PackedExtract::extract).iterator();
    }

    /**
     * A builder holding the extracts saved in {@code dir}, or empty when there are none or they were
     * saved by a version of Fonds that works them out differently (then the caller rebuilds from the store).
     */
    public static Optional<DeliberationsBuilder> loadExtracts(Path dir, Authority authority) throws IOException {
        Optional<ExtractShards.Encoding> encoding = ExtractShards.encoding(dir);
        if (encoding.isEmpty()) return Optional.empty();
        if (encoding.get().grouped) {
            // only the groupings now; each shard's extracts when a document of it is asked for
            Canonical shared = new Canonical();
            return Optional.of(new DeliberationsBuilder(authority, shared, ShardsOnDisk.read(dir, encoding.get(), shared)));
        }
        DeliberationsBuilder builder = new DeliberationsBuilder(authority);
        // side by side: the shards are files of their own and the map takes puts from many threads
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < encoding.get().shards; i++) all.add(i);
        eachShard(all, shard -> ExtractShards.read(dir, shard, encoding.get(), builder.canonical, builder.packer, e -> builder.extracts.put(e.documentId(), builder.compact(e))));
        return Optional.of(builder);
    }

    private interface ShardTask {
        void run(int shard) throws IOException;
    }

    /** Runs {@code task} for each shard on the common pool, and throws the first failure. */
    private static void eachShard(Collection<Integer> shards, ShardTask task) throws IOException {
        try {
            shards.parallelStream().forEach(shard -> {
                try {
                    task.run(shard);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes one file whole or not at all. */
    @FunctionalInterface
    public interface ShardWriter {
        void write(Path file, Content content) throws IOException;
    }

    /** The content of one file, written to a stream the writer owns. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** How many extract shards on disk this builder has read: -1 when it was given or read every extract at once (for tests). */
    /** How many names files were read whole (-1 when every extract is held). */
    int namesRead() {
        return onDisk == null ? -1 : onDisk.namesRead();
    }

    int shardsRead() {
        return onDisk == null ? -1 : onDisk.shardsRead();
    }

    /** How many extracts this builder holds read (for tests: a loaded builder reads only those asked for). */
    int extractsRead() {
        return extracts.size();
    }

    public int size() {
        return extracts.size() + (onDisk == null ? 0 : onDisk.unread());
    }

    /** The ids of the documents added, in order. */
    public java.util.SortedSet<String> documentIds() {
        TreeSet<String> ids = new TreeSet<>(extracts.keySet());
        if (onDisk != null) ids.addAll(onDisk.unreadIds());
        return java.util.Collections.unmodifiableSortedSet(ids);
    }

    public boolean contains(String documentId) {
        return extracts.containsKey(documentId) || onDisk != null && onDisk.holdsUnread(documentId);
    }

    /** The meeting accounts and the sketches of every document, as meetings and copies are grouped from them. */
    private record Grouped(List<Meetings.Account> accounts, List<String> ids, List<long[]> values) {
        void add(Meetings.Account account, String documentId, long[] sketch) {
            if (account != null) accounts.add(account);
            ids.add(documentId);
            values.add(sketch);
        }

        /** Every document's sketch by id, as the grouping over every record takes them. */
        Map<String, long[]> sketches() {
            Map<String, long[]> out = new HashMap<>(ids.size() * 2);
            for (int i = 0; i < ids.size(); i++) out.put(ids.get(i), values.get(i));
            return out;
        }
    }

    /** What grouping needs of every document: of those read, from their extracts; of the rest, from the groupings on disk. */
    private Grouped grouped() {
        Grouped out = new Grouped(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (PackedExtract e : extracts.values()) out.add(e.account(), e.documentId(), e.sketch());
        if (onDisk != null) onDisk.unreadGroupings(g -> out.add(g.account(), g.documentId(), g.sketch()));
        return out;
    }

    /** Who is who, which records are one meeting and which the same text, over every record added. */
    public Resolved resolve() {
        return resolve(People.build(authority, allNames()));
    }

    /** As {@link #resolve()}, with who is who worked out already (for some surnames only, by an update). */
    public Resolved resolve(People people) {
        Grouped all = grouped();
        List<Meetings.Account> accounts = all.accounts();
        Map<String, long[]> sketches = all.sketches();
        return new Resolved(people, Meetings.group(accounts), Copies.group(sketches));
    }

    /**
     * As {@link #resolve(People)} after the documents {@code changed}, with the meetings and copies
     * given only for the records whose group can differ from what {@code stored} holds
     * ({@link org.fonds.deliberation.sessions.Regrouping}); the other groups are as held.
     */
    public Resolved regroup(People people, Collection<String> changed, StoredGroups stored) {
        Grouped all = grouped();
        Optional<Before> before = before(changed, stored);
        if (before.isEmpty()) return regroupOverEveryRecord(people, changed, stored, all);
        // from what the change reaches: the changed records' buckets before and after, the groups held
        var meetings = org.fonds.deliberation.sessions.Regrouping.meetings(all.accounts(), changed, before.get().accounts(), id -> {
            List<String> held = stored.accounts(id);
            return held.isEmpty() ? List.of(id) : held;
        });
        var copies = org.fonds.deliberation.sessions.Regrouping.copies(all.ids().toArray(String[]::new), all.values().toArray(long[][]::new),
                changed, before.get().sketches(), id -> {
            List<String> held = stored.sourcesOf(stored.work(id));
            return held.isEmpty() ? List.of(id) : held;
        });
        return new Resolved(people, meetings.groups(), copies.groups(), meetings.affected(), copies.affected(), stored);
    }

    /** What the changed records were as the tables hold them: their sketches, and accounts of those that were meeting records. */
    private record Before(Map<String, long[]> sketches, Map<String, Meetings.Account> accounts) {
    }

    /**
     * The changed records the tables hold as they were, from what this builder replaced or removed since
     * the tables were written; empty when one was not replaced here (nothing says what it was: every
     * record is regrouped).
     */
    private Optional<Before> before(Collection<String> changed, StoredGroups stored) {
        Before out = new Before(new HashMap<>(), new HashMap<>());
        for (String id : changed) {
            // a record the tables do not hold was not there before, whatever this builder held of it since
            if (!stored.holds(id)) continue;
            PackedExtract was = previous.get(id);
            if (was == null) return Optional.empty();
            out.sketches().put(id, was.sketch());
            if (was.account() != null) out.accounts().put(id, was.account());
        }
        return Optional.of(out);
    }

    /** The regrouping of every record, where what the changed records were is not known. */
    private Resolved regroupOverEveryRecord(People people, Collection<String> changed, StoredGroups stored, Grouped all) {
        List<Meetings.Account> accounts = all.accounts();
        Map<String, long[]> sketches = all.sketches();
        Set<String> withAccounts = stored.withAccounts();
        Set<String> withCopies = stored.withCopies();
        // the two groupings side by side: each is a pass over every record (at a million records, tens of seconds each)
        var meetingsLater = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> org.fonds.deliberation.sessions.Regrouping.meetings(accounts, changed, withAccounts));
        var copies = org.fonds.deliberation.sessions.Regrouping.copies(sketches, changed, withCopies);
        var meetings = meetingsLater.join();
        return new Resolved(people, meetings.groups(), copies.groups(), meetings.affected(), copies.affected(), stored);
    }

    /** The rows of one document added, given the resolution of the whole corpus. */
    public DocumentRows rows(Resolved resolved, String documentId) {
        return DocumentRowsOf.of(held(documentId).extract(), resolved);
    }

    public Deliberations build() {
        return build(resolve());
    }

    /** As {@link #build()}, with the resolution of this builder already worked out. */
    public Deliberations build(Resolved resolved) {
        People people = resolved.people();
        needAll();
        // every extract unpacked at once: the tables in memory are for corpora that fit there whole
        List<Extract> byDate = new ArrayList<>(extracts.size());
        for (PackedExtract e : extracts.values()) byDate.add(e.extract());
        byDate.sort(Comparator.comparing((Extract e) -> e.date() == null ? "" : e.date()).thenComparing(Extract::documentId));
        List<Session> sessions = new ArrayList<>();
        for (Extract e : byDate) {
            if (e.session() == null) continue;
            sessions.add(e.session().resolve(people).withAccounts(resolved.accounts(e.documentId())));
        }
        Assembly tables = new Assembly(people, sessions, byDate);
        List<DocumentEntry> documents = new ArrayList<>(byDate.size());
        for (Extract e : byDate) documents.add(new DocumentEntry(e.documentId(), e.date(), e.kind(), e.title()));
        return new Deliberations(people.all(), sessions, tables.attendance(), tables.speaking(), tables.statements(),
                tables.log(), tables.references(), tables.works(), tables.timeline(), new Chronology(documents), copyGroups(resolved));
    }

    /** Each set of copies once, in the order of its first id. */
    private static List<List<String>> copyGroups(Resolved resolved) {
        Set<List<String>> groups = new LinkedHashSet<>(new TreeMap<>(resolved.copies()).values());
        return List.copyOf(groups);
    }
}
