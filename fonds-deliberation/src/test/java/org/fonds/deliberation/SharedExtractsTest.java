package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.people.Occurrence;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extracts a builder holds for a whole corpus share their equal name occurrences and, once
 * loaded from the shards, their short strings (issue 14: a third of the heap before), and hold the
 * same values as extracts made on their own.
 */
class SharedExtractsTest {
    private static final List<ArchiveRecord> RECORDS = Corpus.generated(11, 120);

    @Test
    void equal_occurrences_of_different_documents_are_one_object_and_the_names_are_unchanged(@TempDir Path dir) throws IOException {
        DeliberationsBuilder made = Deliberations.builder(Authority.sample());
        RECORDS.forEach(made::add);
        assertShared(made);
        made.saveExtracts(dir, null, (file, content) -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                content.writeTo(out);
            }
        });
        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertShared(loaded);
        // a form written in many documents is one string once loaded (Jackson makes a new one for each value it reads)
        Map<String, String> forms = new java.util.HashMap<>();
        int shared = 0;
        for (ArchiveRecord r : RECORDS) {
            for (Occurrence o : loaded.names(r.id()).occurrences()) {
                String first = forms.putIfAbsent(o.form(), o.form());
                if (first != null) {
                    assertThat(o.form()).isSameAs(first);
                    shared++;
                }
            }
        }
        assertThat(shared).isGreaterThan(RECORDS.size());
    }

    private static void assertShared(DeliberationsBuilder builder) {
        Map<Occurrence, Occurrence> first = new java.util.HashMap<>();
        Map<Occurrence, Boolean> distinct = new IdentityHashMap<>();
        int occurrences = 0;
        for (ArchiveRecord r : RECORDS) {
            DocumentNames names = builder.names(r.id());
            assertThat(names).isEqualTo(Extract.of(r).names());
            for (Occurrence o : names.occurrences()) {
                assertThat(o).isSameAs(first.computeIfAbsent(o, k -> k));
                distinct.put(o, true);
                occurrences++;
            }
        }
        // generated sessions name the same members again and again: far fewer objects than occurrences
        assertThat(distinct.size()).isLessThan(occurrences / 4);
    }
}
