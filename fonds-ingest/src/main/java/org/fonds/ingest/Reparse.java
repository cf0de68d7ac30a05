package org.fonds.ingest;

import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.KeptProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.TimedParser;
import org.fonds.parse.tei.TeiVolumes;
import org.fonds.parse.tei.VolumeDocument;
import org.fonds.parse.tei.VolumeOutcome;
import org.fonds.record.RecordJson;
import org.fonds.record.Corrections;
import org.fonds.record.stored.VersionSummary;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.SearchIndex;
import org.fonds.store.Deposit;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.store.StoreOutcome;
import org.fonds.record.stored.StoredVersion;

/**
 * Brings an archive read by an older parser up to date (issue 11): every stored source is read
 * again with the current parser. Where the record comes out different, it is a new version of the
 * same object (the source untouched, the old version kept); where it does not, nothing is written.
 * A re-read keeps the id the document is cited by, even where the new parser would name it
 * otherwise. Then each file kept among the problems is tried again, and taken in when it now reads.
 */
public final class Reparse {
    /** What a reparse did; {@code changed} are the ids whose record changed or came in. */
    public record Report(int read, int updated, int unchanged, int failed, int takenIn, int stillRefused, Set<String> changed) {
        public Report {
            changed = Set.copyOf(changed);
        }

        public String line() {
            return "reparsed " + read + " documents: " + updated + " updated, " + unchanged + " unchanged"
                    + (failed > 0 ? ", " + failed + " not read" : "") + "; " + takenIn + " of " + (takenIn + stillRefused)
                    + " refused files taken in";
        }
    }

    private static final String INGEST_OF = "ingest of ";
    private final OcflStore store;
    private final SearchIndex index;
    private final Problems problems;
    private final TimedParser parser = new TimedParser();
    private final String agent;

    public Reparse(OcflStore store, SearchIndex index, Problems problems, String agent) {
        this.store = store;
        this.index = index;
        this.problems = problems;
        this.agent = agent;
    }

    public Report run(Consumer<String> say) {
        int read = 0, updated = 0, unchanged = 0, failed = 0;
        Set<String> changed = new HashSet<>();
        for (String id : store.ids().sorted().toList()) {
            read++;
            StoredVersion head;
            try {
                head = store.read(id, VersionRef.LATEST).orElse(null);
            } catch (RuntimeException e) {
                failed++;
                say.accept("fonds reparse: " + id + " cannot be read (" + e.getMessage() + "); its versions stay as they are");
                continue;
            }
            if (head == null) continue;
            String name = sourceName(head, store);
            if (TeiVolumes.isVolume(head.source())) {
                switch (TeiVolumes.read(head.source())) {
                    case VolumeOutcome.Read v -> {
                        for (Reread r : reread(head.source(), name, v, id, false)) {
                            if (r.put(store, index, agent)) {
                                updated++;
                                changed.add(r.record().id());
                            } else {
                                unchanged++;
                            }
                        }
                    }
                    case VolumeOutcome.Refused r -> {
                        failed++;
                        say.accept("fonds reparse: " + id + " is now refused (" + r.refusal().describe(name)
                                + "); its stored versions stay as they are");
                    }
                }
                continue;
            }
            if (isVolumeDocument(head)) continue; // its volume is read again above, and stores it
            switch (parser.parse(name, head.source())) {
                case ParseOutcome.Accepted a -> {
                    // an editor's corrections win over any parser's reading (issue 17)
                    ArchiveRecord record = Corrections.keep(a.record().withId(id), KeptCorrections.in(store, id));
                    StoreOutcome o = store.put(new Deposit(head.source(), name, record, agent));
                    if (o.kind() == StoreOutcome.Kind.UNCHANGED) {
                        unchanged++;
                    } else {
                        updated++;
                        changed.add(id);
                        index.put(record, o.version());
                    }
                }
                case ParseOutcome.Refused r -> {
                    failed++;
                    say.accept("fonds reparse: " + id + " is now refused (" + r.refusal().describe(name)
                            + "); its stored versions stay as they are");
                }
            }
        }
        int takenIn = 0, stillRefused = 0;
        for (KeptProblem p : problems.list()) {
            List<Reread> records = retry(p);
            if (records.isEmpty()) {
                stillRefused++;
                continue;
            }
            for (Reread r : records) {
                r.put(store, index, agent);
                changed.add(r.record().id());
            }
            problems.forget(p.digest());
            takenIn++;
        }
        store.flush();
        index.commit();
        return new Report(read, updated, unchanged, failed, takenIn, stillRefused, changed);
    }

    /** What a kept file reads as now: its record, or a volume's records; empty while it is still refused. */
    private List<Reread> retry(KeptProblem p) {
        byte[] bytes;
        try {
            bytes = problems.bytes(p.digest());
        } catch (IOException e) {
            return List.of(); // an input that could not be read still cannot: it stays kept
        }
        if (TeiVolumes.isVolume(bytes)) {
            return TeiVolumes.read(bytes) instanceof VolumeOutcome.Read v
                    ? reread(bytes, p.sourcePath(), v, null, problems.ownerOnly(p)) : List.of();
        }
        return parser.parse(p.sourcePath(), bytes) instanceof ParseOutcome.Accepted a
                ? List.of(new Reread(bytes, p.sourcePath(), a.record(), problems.ownerOnly(p))) : List.of();
    }

    /** A source read again and the record it reads as, to be stored and indexed where it changed. */
    private record Reread(byte[] source, String name, ArchiveRecord record, boolean ownerOnly) {
        /** True when a new version was written. */
        boolean put(OcflStore store, SearchIndex index, String agent) {
            ArchiveRecord kept = KeptCorrections.over(store, record); // a volume's documents keep theirs too
            StoreOutcome o = store.put(new Deposit(source, name, kept, agent, ownerOnly));
            if (o.kind() == StoreOutcome.Kind.UNCHANGED) return false;
            index.put(kept, o.version());
            return true;
        }
    }

    /** A volume and its documents, the volume under {@code volumeId} where it is stored already. */
    private static List<Reread> reread(byte[] bytes, String name, VolumeOutcome.Read v, String volumeId, boolean ownerOnly) {
        List<Reread> out = new ArrayList<>();
        ArchiveRecord volume = v.volume().record();
        out.add(new Reread(bytes, name, volumeId == null ? volume : volume.withId(volumeId), ownerOnly));
        for (VolumeDocument d : v.volume().documents()) {
            out.add(new Reread(d.source(), name + "#" + d.record().archiveDocumentId(), d.record(), ownerOnly));
        }
        return out;
    }

    /** A document whose source is a div of a TEI volume: not a file that reads on its own. */
    private static boolean isVolumeDocument(StoredVersion head) {
        byte[] s = head.source();
        if (s.length < 4 || s[0] != '<' || s[1] != 'd' || s[2] != 'i' || s[3] != 'v') return false;
        try {
            return TeiVolumes.DOCUMENT_LAYOUT.equals(RecordJson.read(head.recordJson()).layout());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private byte[] bytes(KeptProblem p) {
        try {
            return problems.bytes(p.digest());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The name the source was ingested under, from its version's message ("ingest of NAME"). */
    static String sourceName(StoredVersion v) {
        String m = v.message() == null ? "" : v.message();
        return m.startsWith(INGEST_OF) ? m.substring(INGEST_OF.length()) : v.id();
    }

    /**
     * The name the source was last ingested under: an editor's correction writes a version of its
     * own ("correction by ..."), so the name is looked for in the versions before it.
     */
    public static String sourceName(StoredVersion v, OcflStore store) {
        String m = v.message() == null ? "" : v.message();
        if (m.startsWith(INGEST_OF)) return m.substring(INGEST_OF.length());
        List<VersionSummary> history = store.history(v.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            String earlier = history.get(i).message() == null ? "" : history.get(i).message();
            if (earlier.startsWith(INGEST_OF)) return earlier.substring(INGEST_OF.length());
        }
        return v.id();
    }
}
