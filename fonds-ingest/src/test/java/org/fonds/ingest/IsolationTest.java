package org.fonds.ingest;

import org.fonds.record.stored.VersionRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.parse.decode.Decoder;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.Deposit;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One record must not take a home down (issue 15): a record too large for the JSON reader's
 * defaults, a damaged object, a record that an index or table build cannot handle is reported with
 * its id and the rest goes on.
 */
class IsolationTest {
    @TempDir
    Path tmp;

    private ArchiveHome ingested(int count) throws IOException {
        Path dir = tmp.resolve("in");
        new Generator(15).writeCorpus(dir, count);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            new Ingest(store, index, new Problems(home), "test", 2).run(files, IngestTest.QUIET, line -> { });
        }
        return home;
    }

    private static String someId(ArchiveHome home) {
        try (OcflStore store = OcflStore.open(home); Stream<String> ids = store.ids()) {
            return ids.sorted().toList().get(3);
        }
    }

    @Test
    void a_record_as_large_as_the_parser_accepts_reads_back_from_the_store() {
        assertThat(RecordJson.MAX_STRING_LENGTH).isGreaterThanOrEqualTo(Decoder.MAX_BYTES);
        ArchiveRecord small = new Generator(15).generate(0).expected();
        String body = "word ".repeat(10 * 1024 * 1024); // 50 MB: Jackson's default limit is 20 M chars
        ArchiveRecord large = new ArchiveRecord(small.id(), small.title(), small.date(), small.dateRange(), small.dateText(),
                small.repository(), small.sourceUrl(), small.sourceUrls(), small.archiveDocumentId(), small.citation(),
                small.archivalReferences(), small.compiler(), small.publishedIn(), small.summary(),
                small.originalLanguage(), small.translationLanguage(), small.participants(), small.speakers(),
                List.of(), small.protocolRefs(), body, List.of(), List.of(), small.warnings(), List.of());
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home)) {
            store.put(new Deposit(body.getBytes(), "large.txt", large, "test"));
            ArchiveRecord back = RecordJson.read(store.read(large.id(), VersionRef.LATEST).orElseThrow().recordJson());
            assertThat(back.body()).hasSize(body.length());
        }
    }

    @Test
    void reindex_goes_past_a_damaged_record_and_keeps_what_it_had_of_it() throws IOException {
        ArchiveHome home = ingested(12);
        String damaged = someId(home);
        Files.delete(Damage.storedFile(home, damaged, OcflStore.RECORD));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Reindex.Report report = Reindex.run(store, index);
            assertThat(report.indexed()).isEqualTo(11);
            assertThat(report.skipped()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(damaged);
                assertThat(p.stage()).isEqualTo("reindex");
            });
            // the damaged document is still found by search, at the version indexed before
            assertThat(index.committed()).hasSize(12).containsKey(damaged);
            assertThat(report.before()).isEqualTo(12);
        }
    }

    @Test
    void a_reindex_that_cannot_finish_leaves_the_index_as_it_was() throws IOException {
        ArchiveHome home = ingested(12);
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            var before = index.committed();
            int[] puts = {0};
            // the real index, failing as a full disk would after a few documents
            var failing = new java.lang.reflect.InvocationHandler() {
                @Override
                public Object invoke(Object proxy, java.lang.reflect.Method m, Object[] args) throws Throwable {
                    if (m.getName().equals("put") && ++puts[0] > 5) throw new java.io.UncheckedIOException(new IOException("No space left on device"));
                    try {
                        return m.invoke(index, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            };
            var wrapped = (org.fonds.search.SearchIndex) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {org.fonds.search.SearchIndex.class}, failing);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reindex.run(store, wrapped))
                    .hasMessageContaining("No space left");
            assertThat(index.committed()).isEqualTo(before);
        }
        try (LuceneIndex index = LuceneIndex.open(home.index())) {
            assertThat(index.committed()).hasSize(12);
        }
    }

    @Test
    void the_derived_tables_are_built_from_every_record_but_a_damaged_one_which_is_named() throws IOException {
        ArchiveHome home = ingested(12);
        String damaged = someId(home);
        Damage.flipByte(Damage.storedFile(home, damaged, OcflStore.RECORD), 40);
        try (OcflStore store = OcflStore.open(home)) {
            DerivedTables.Result r = new DerivedTables(home).rebuild(store);
            assertThat(r.skipped()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(damaged);
                assertThat(p.line()).contains(damaged).contains("derived tables");
            });
            assertThat(r.documentsRead()).isEqualTo(11);
            assertThat(r.sessions()).isPositive();
            List<String> ids = new ArrayList<>();
            try (org.fonds.deliberation.db.DbTables read = org.fonds.deliberation.db.DbTables.openReadOnly(new DerivedTables(home).database())) {
                read.sessions(0, Integer.MAX_VALUE).forEach(s -> ids.add(s.documentId()));
            } catch (java.sql.SQLException e) {
                throw new IOException(e);
            }
            assertThat(ids).hasSize(r.sessions()).doesNotContain(damaged);
        }
    }
}
