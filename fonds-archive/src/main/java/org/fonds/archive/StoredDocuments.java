package org.fonds.archive;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fonds.ingest.RecordProblem;
import org.fonds.ingest.SkippedRecords;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.KeptProblem;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.VersionSummary;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;

/** {@link Documents} read from the OCFL store (opened when first read) and the kept problems of a home. */
record StoredDocuments(Supplier<OcflStore> opened, Problems kept, SkippedRecords skips) implements Documents {
    private OcflStore store() {
        return opened.get();
    }

    @Override
    public Optional<StoredVersion> read(String id, VersionRef version) {
        return store().read(id, version);
    }

    @Override
    public Optional<byte[]> recordJson(String id, VersionRef version) {
        return store().readFile(id, version, OcflStore.RECORD);
    }

    @Override
    public Optional<byte[]> source(String id, VersionRef version) {
        return store().readFile(id, version, OcflStore.SOURCE);
    }

    @Override
    public Optional<ArchiveRecord> record(String id) {
        return store().read(id, VersionRef.LATEST).map(v -> RecordJson.read(v.recordJson()));
    }

    @Override
    public List<VersionSummary> history(String id) {
        return store().history(id);
    }

    @Override
    public Stream<String> ids() {
        return store().ids();
    }

    @Override
    public List<KeptProblem> problems() {
        return kept.list();
    }

    @Override
    public List<RecordProblem> skipped() {
        return skips.list();
    }
}
