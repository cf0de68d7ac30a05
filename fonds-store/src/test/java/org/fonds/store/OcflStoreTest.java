package org.fonds.store;

import org.fonds.record.stored.VersionSummary;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.fonds.synth.Generator;
import org.fonds.synth.Synthetic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real OCFL repository on disk. */
class OcflStoreTest {
    @TempDir
    Path tmp;
    OcflStore store;

    @BeforeEach
    void open() {
        store = OcflStore.open(new ArchiveHome(tmp));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Deposit deposit(int index) {
        Synthetic s = new Generator(77).generate(index);
        return deposit(s.bytes(), s.fileName());
    }

    /**
     * The first generated deposit from {@code index} on whose source is UTF-8, so that a test can
     * change its text and keep it a record (the generator also writes UTF-16 and Windows-1252).
     */
    static Deposit utf8Deposit(int index) {
        for (int i = index; ; i++) {
            Synthetic s = new Generator(77).generate(i);
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(s.bytes()));
                return deposit(s.bytes(), s.fileName());
            } catch (java.nio.charset.CharacterCodingException e) {
                // another encoding: try the next
            }
        }
    }

    static Deposit deposit(byte[] bytes, String name) {
        ArchiveRecord record = ((ParseOutcome.Accepted) new RecordParser().parse(name, bytes)).record();
        return new Deposit(bytes, name, record, "fonds-test");
    }

    @Test
    void aNewDocumentIsAddedAsVersionOneAndKeptByteForByte() {
        Deposit d = deposit(1);
        StoreOutcome outcome = store.put(d);
        assertThat(outcome.kind()).isEqualTo(StoreOutcome.Kind.ADDED);
        assertThat(outcome.version()).isEqualTo(1);
        StoredVersion v = store.read(d.record().id(), VersionRef.LATEST).orElseThrow();
        assertThat(v.source()).isEqualTo(d.source());
        assertThat(v.recordJson()).contains("\"id\":\"" + d.record().id() + "\"");
        assertThat(v.message()).contains(d.sourcePath());
    }

    @Test
    void storingTheSameInputAgainWritesNothing() throws IOException {
        Deposit d = deposit(2);
        store.put(d);
        long filesBefore = countFiles(tmp.resolve("ocfl"));
        StoreOutcome again = store.put(deposit(d.source(), d.sourcePath()));
        assertThat(again.kind()).isEqualTo(StoreOutcome.Kind.UNCHANGED);
        assertThat(again.version()).isEqualTo(1);
        assertThat(countFiles(tmp.resolve("ocfl"))).isEqualTo(filesBefore);
        assertThat(store.history(d.record().id())).hasSize(1);
    }

    @Test
    void aChangedSourceMakesANewVersionAndEveryVersionStaysReadable() {
        Deposit first = utf8Deposit(3);
        store.put(first);
        byte[] changed = new String(first.source(), StandardCharsets.UTF_8).replace("Synthetic record", "Synthetic  record")
                .getBytes(StandardCharsets.UTF_8);
        StoreOutcome outcome = store.put(deposit(changed, "mirror/" + first.sourcePath()));
        assertThat(outcome.kind()).isEqualTo(StoreOutcome.Kind.UPDATED);
        assertThat(outcome.version()).isEqualTo(2);
        String id = first.record().id();
        assertThat(store.history(id)).extracting(VersionSummary::version).containsExactly(1, 2);
        assertThat(store.read(id, VersionRef.of(1)).orElseThrow().source()).isEqualTo(first.source());
        assertThat(store.read(id, VersionRef.of(2)).orElseThrow().source()).isEqualTo(changed);
        assertThat(store.read(id, VersionRef.LATEST).orElseThrow().version()).isEqualTo(2);
        assertThat(store.read(id, VersionRef.of(3))).isEmpty();
        assertThat(store.read("no-such-id", VersionRef.LATEST)).isEmpty();
    }

    /** The OAI catalog takes a stored version's datestamp from the outcome instead of reading the inventory back. */
    @Test
    void anOutcomeSaysWhenItsVersionWasMadeAsTheInventoryDoes() {
        Deposit first = utf8Deposit(3);
        StoreOutcome one = store.put(first);
        byte[] changed = new String(first.source(), StandardCharsets.UTF_8).replace("Synthetic record", "Synthetic  record")
                .getBytes(StandardCharsets.UTF_8);
        StoreOutcome two = store.put(deposit(changed, "mirror/" + first.sourcePath()));
        StoreOutcome same = store.put(deposit(changed, "mirror/" + first.sourcePath()));
        List<VersionSummary> history = store.history(first.record().id());
        assertThat(one.created()).isEqualTo(history.get(0).created());
        assertThat(two.created()).isEqualTo(history.get(1).created());
        assertThat(same.kind()).isEqualTo(StoreOutcome.Kind.UNCHANGED);
        assertThat(same.created()).isNull();
    }

    @Test
    void theSameDocumentFromTwoThreadsAtOnceIsStoredOnce() throws Exception {
        Deposit d = deposit(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<StoreOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) futures.add(pool.submit(() -> store.put(deposit(d.source(), d.sourcePath()))));
        List<StoreOutcome.Kind> kinds = new ArrayList<>();
        for (Future<StoreOutcome> f : futures) kinds.add(f.get().kind());
        pool.shutdown();
        assertThat(kinds).containsOnlyOnce(StoreOutcome.Kind.ADDED).doesNotContain(StoreOutcome.Kind.UPDATED);
        assertThat(store.history(d.record().id())).hasSize(1);
    }

    @Test
    void aSoundStoreVerifiesCleanAndOneFlippedByteIsReportedWithItsObjectAndFile() throws IOException {
        for (int i = 10; i < 15; i++) store.put(deposit(i));
        assertThat(store.verify(true)).isEmpty();
        Path victim;
        try (Stream<Path> files = Files.walk(tmp.resolve("ocfl"))) {
            victim = files.filter(p -> p.toString().endsWith("/content/" + OcflStore.SOURCE)).sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(victim);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(victim, bytes);
        String objectDir = victim.getParent().getParent().getParent().getFileName().toString();
        store.close();
        store = OcflStore.open(new ArchiveHome(tmp));
        List<String> problems = store.verify(true);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(objectDir + ":").contains(OcflStore.SOURCE);
    }

    @Test
    void aSecondWriterIsRefusedWithAMessageNamingTheHolder() {
        ArchiveHome home = new ArchiveHome(tmp);
        try (WriteLock first = WriteLock.acquire(home, "ingest")) {
            assertThatThrownBy(() -> WriteLock.acquire(home, "ingest"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("another fonds process is writing")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
        }
        WriteLock.acquire(home, "again").close();
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
