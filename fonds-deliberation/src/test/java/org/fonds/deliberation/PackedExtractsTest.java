package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.tables.Json;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A builder holds each document's session, turns, references, works and dates packed
 * ({@link PackedExtract}, issue 14): unpacked they are the extract made from the record, whether
 * the document was added from its record, from an ingest's hand, or loaded from the shards (where
 * the packed parts are the line's bytes, never read), before and after the packer learnt its
 * dictionary; and they are packed smaller than their JSON.
 */
class PackedExtractsTest {

    @Test
    void real_and_seed_records_unpack_to_the_extract_made_from_the_record(@TempDir Path dir) throws IOException {
        List<ArchiveRecord> records = new ArrayList<>(Corpus.real().values());
        records.addAll(Corpus.seeds());
        assertUnpackedAsMade(records, dir);
    }

    @Test
    void documents_packed_before_and_after_the_dictionary_was_learnt_unpack_alike(@TempDir Path dir) throws IOException {
        assertUnpackedAsMade(Corpus.generated(3, Packer.SAMPLES + 200), dir);
    }

    @Test
    void the_parts_are_held_smaller_than_their_json_once_the_dictionary_is_learnt() throws JsonProcessingException {
        Packer packer = new Packer();
        long json = 0;
        long packed = 0;
        for (ArchiveRecord r : Corpus.generated(5, Packer.SAMPLES + 200)) {
            Extract e = Extract.of(r);
            PackedExtract p = PackedExtract.of(e, packer);
            json += Json.MAPPER.writeValueAsBytes(new PackedExtract.Rest(e.session(), e.turns(), e.references(), e.works(), e.dates())).length;
            packed += p.rest().length;
        }
        // measured: about a fifth on generated records (a fourth without the dictionary)
        assertThat(packed).isLessThan(json / 3);
        assertThat(PackedExtract.of(Extract.of(Corpus.generated(9, 1).get(0)), packer).codec()).isNotSameAs(Packer.PLAIN);
    }

    private static void assertUnpackedAsMade(List<ArchiveRecord> records, Path dir) throws IOException {
        DeliberationsBuilder added = Deliberations.builder(Authority.empty());
        records.forEach(added::add);
        ExtractsInHand hand = new ExtractsInHand();
        records.forEach(hand::stored);
        DeliberationsBuilder fromHand = Deliberations.builder(Authority.empty());
        for (ArchiveRecord r : records) assertThat(fromHand.addFrom(hand, r.id())).isTrue();
        added.saveExtracts(dir, null, (file, content) -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                content.writeTo(out);
            }
        });
        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.empty()).orElseThrow();
        assertThat(loaded.size()).isEqualTo(records.size());
        for (ArchiveRecord r : records) {
            String made = json(Extract.of(r));
            assertThat(json(added.extract(r.id()))).as(r.id()).isEqualTo(made);
            assertThat(json(fromHand.extract(r.id()))).as(r.id()).isEqualTo(made);
            assertThat(json(loaded.extract(r.id()))).as(r.id()).isEqualTo(made);
        }
    }

    private static String json(Extract e) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(e);
    }
}
