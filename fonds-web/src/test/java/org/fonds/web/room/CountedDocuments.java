package org.fonds.web.room;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.fonds.archive.Documents;
import org.fonds.ingest.RecordProblem;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.stored.KeptProblem;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.VersionSummary;

/** An archive's real documents, counting the versions read whole (a version, its record JSON, its record). */
final class CountedDocuments implements Documents {
    final AtomicInteger reads = new AtomicInteger();
    private final Documents d;

    CountedDocuments(Documents d) {
        this.d = d;
    }

    @Override
    public Optional<StoredVersion> read(String id, VersionRef version) {
        reads.incrementAndGet();
        return d.read(id, version);
    }

    @Override
    public Optional<byte[]> recordJson(String id, VersionRef version) {
        reads.incrementAndGet();
        return d.recordJson(id, version);
    }

    @Override
    public Optional<byte[]> source(String id, VersionRef version) {
        return d.source(id, version);
    }

    @Override
    public Optional<ArchiveRecord> record(String id) {
        reads.incrementAndGet();
        return d.record(id);
    }

    @Override
    public List<VersionSummary> history(String id) {
        return d.history(id);
    }

    @Override
    public Stream<String> ids() {
        return d.ids();
    }

    @Override
    public List<KeptProblem> problems() {
        return d.problems();
    }

    @Override
    public List<RecordProblem> skipped() {
        return d.skipped();
    }
}
