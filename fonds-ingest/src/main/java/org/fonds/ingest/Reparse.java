package org.fonds.ingest;

import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.KeptProblem;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
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
    private final RecordParser parser = new RecordParser();
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
            String name = sourceName(head);
            switch (parser.parse(name, head.source())) {
                case ParseOutcome.Accepted a -> {
                    StoreOutcome o = store.put(new Deposit(head.source(), name, a.record().withId(id), agent));
                    if (o.kind() == StoreOutcome.Kind.UNCHANGED) {
                        unchanged++;
                    } else {
                        updated++;
                        changed.add(id);
                        index.put(a.record().withId(id), o.version());
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
            ArchiveRecord record = retry(p);
            if (record == null) {
                stillRefused++;
                continue;
            }
            StoreOutcome o = store.put(new Deposit(bytes(p), p.sourcePath(), record, agent, problems.ownerOnly(p)));
            index.put(record, o.version());
            changed.add(o.id());
            problems.forget(p.digest());
            takenIn++;
        }
        store.flush();
        index.commit();
        return new Report(read, updated, unchanged, failed, takenIn, stillRefused, changed);
    }

    private ArchiveRecord retry(KeptProblem p) {
        byte[] bytes;
        try {
            bytes = problems.bytes(p.digest());
        } catch (IOException e) {
            return null; // an input that could not be read still cannot: it stays kept
        }
        return parser.parse(p.sourcePath(), bytes) instanceof ParseOutcome.Accepted a ? a.record() : null;
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
}
