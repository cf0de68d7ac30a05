package org.fonds.archive;

import java.nio.file.Path;
import java.util.List;
import org.fonds.ingest.DerivedTables;
import org.fonds.ingest.RecordProblem;

/**
 * What became of the derived tables after a writing operation: left as they were (nothing
 * changed), built (how many people and sessions, from how many documents, how long, which records
 * were left out), or not built (why; the records are stored and the tables stay marked stale).
 */
public record TablesOutcome(Status status, int people, int sessions, int documentsRead, long nanos, Path file,
                            List<RecordProblem> skipped, String failure, String how) {
    public enum Status { UNCHANGED, BUILT, FAILED }

    public TablesOutcome {
        skipped = List.copyOf(skipped);
    }

    static TablesOutcome unchanged() {
        return new TablesOutcome(Status.UNCHANGED, 0, 0, 0, 0, null, List.of(), null, null);
    }

    static TablesOutcome built(DerivedTables.Result r, long nanos, Path file) {
        return new TablesOutcome(Status.BUILT, r.people(), r.sessions(),
                r.documentsRead(), nanos, file, r.skipped(), null, r.how());
    }

    static TablesOutcome failed(String why) {
        return new TablesOutcome(Status.FAILED, 0, 0, 0, 0, null, List.of(), why, null);
    }

    /** True when the tables show what the store holds, every record in them. */
    public boolean complete() {
        return status != Status.FAILED && skipped.isEmpty();
    }

    /** Lines for a person: what was built, each record left out, or why nothing was. */
    public List<String> lines() {
        return switch (status) {
            case UNCHANGED -> List.of();
            case FAILED -> List.of("fonds: the derived tables were not rebuilt: " + failure
                    + "; the records are stored; mend the cause and run fonds reindex");
            case BUILT -> {
                List<String> out = new java.util.ArrayList<>();
                out.add(String.format("derived tables: %,d people, %,d sessions, from %,d documents read in %.1f s (%s)",
                        people, sessions, documentsRead, nanos / 1e9, file));
                // an update says what it worked out again: a slow one shows why (issue 14)
                if (how != null) out.add("derived tables: " + how);
                // one record the tables cannot take is left out and named, never the end of the tables (issue 15)
                skipped.forEach(p -> out.add("fonds: the derived tables leave out " + p.line()));
                yield out;
            }
        };
    }
}
