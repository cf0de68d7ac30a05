package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.deliberation.people.Authority;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extracts' shards on disk: compressed, and the plain lines of an older home still read (issue 14). */
class ExtractShardsTest {
    private static final List<ArchiveRecord> RECORDS = Corpus.generated(7, 200);

    private static final DeliberationsBuilder.ShardWriter WRITE = (file, content) -> {
        try (OutputStream out = Files.newOutputStream(file)) {
            content.writeTo(out);
        }
    };

    @Test
    void shards_an_older_version_wrote_as_plain_lines_still_load_and_the_next_save_compresses_them(@TempDir Path dir)
            throws IOException {
        DeliberationsBuilder builder = saved(dir, RECORDS);
        asWrittenBefore(dir);
        assertThat(files(dir, ".jsonl")).isNotEmpty();

        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(loaded.size()).isEqualTo(RECORDS.size());
        assertThat(loaded.build().json()).isEqualTo(Deliberations.build(RECORDS, Authority.sample()).json());

        // an update of one record writes every shard compressed, not only the record's, and drops the plain ones
        ArchiveRecord gone = RECORDS.get(11);
        loaded.remove(gone.id());
        loaded.saveExtracts(dir, List.of(gone.id()), WRITE);
        assertThat(Files.readString(dir.resolve("FORMAT"))).isEqualTo(ExtractShards.FORMAT);
        assertThat(files(dir, ".jsonl")).isEmpty();
        List<ArchiveRecord> rest = new ArrayList<>(RECORDS);
        rest.remove(gone);
        DeliberationsBuilder again = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(again.size()).isEqualTo(rest.size());
        assertThat(again.build().json()).isEqualTo(Deliberations.build(rest, Authority.sample()).json());
    }

    @Test
    void shards_of_the_64_compressed_layout_still_load_and_the_next_save_writes_every_shard_of_this_one(@TempDir Path dir)
            throws IOException {
        DeliberationsBuilder builder = saved(dir, RECORDS);
        asWrittenBefore(dir, ExtractShards.Encoding.ZSTD_64);
        assertThat(files(dir, ".jsonl.zst")).isNotEmpty().allMatch(f -> f.getFileName().toString().matches("extracts-\\d\\d\\.jsonl\\.zst"));

        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(loaded.build().json()).isEqualTo(Deliberations.build(RECORDS, Authority.sample()).json());
        ArchiveRecord gone = RECORDS.get(5);
        loaded.remove(gone.id());
        loaded.saveExtracts(dir, List.of(gone.id()), WRITE);
        assertThat(Files.readString(dir.resolve("FORMAT"))).isEqualTo(ExtractShards.FORMAT);
        assertThat(files(dir, ".jsonl.zst")).hasSize(ExtractShards.SHARDS);
        assertThat(nameFiles(dir)).hasSize(ExtractShards.SHARDS);
        List<ArchiveRecord> rest = new ArrayList<>(RECORDS);
        rest.remove(gone);
        DeliberationsBuilder again = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(again.build().json()).isEqualTo(Deliberations.build(rest, Authority.sample()).json());
    }

    /**
     * An update of 100 records writes the shards they fall in and no other: with 64 shards, 100 ids
     * fell in nearly all of them and every extract of the corpus was written again (issue 14).
     */
    @Test
    void an_update_of_100_records_writes_a_small_part_of_the_shards(@TempDir Path dir) throws IOException {
        DeliberationsBuilder builder = saved(dir, RECORDS);
        List<String> changed = RECORDS.subList(0, 100).stream().map(ArchiveRecord::id).toList();
        List<Path> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        builder.saveExtracts(dir, changed, (file, content) -> {
            written.add(file);
            WRITE.write(file, content);
        });
        List<Path> shards = written.stream().filter(f -> f.toString().endsWith(".jsonl.zst")).toList();
        assertThat(shards).hasSizeLessThanOrEqualTo(changed.size());
        assertThat(shards.size()).isLessThan(files(dir, ".jsonl.zst").size() / 5);
        // and each shard's groupings and names beside it, no other
        assertThat(written).hasSize(3 * shards.size());
        DeliberationsBuilder again = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(again.build().json()).isEqualTo(Deliberations.build(RECORDS, Authority.sample()).json());
    }

    /**
     * Loaded for an update, a builder reads the groupings of every record and the extracts of only the
     * shards asked for: what it changes, removes and writes rows of (at a million records, reading every
     * extract back was 70% of an update: issue 14). What it gives is what a builder holding every extract gives.
     */
    @Test
    void a_loaded_builder_reads_only_the_shards_of_the_documents_it_is_asked_for(@TempDir Path dir) throws IOException {
        List<ArchiveRecord> records = withTheRealRecords();
        DeliberationsBuilder builder = saved(dir, records);
        assertThat(groupFiles(dir)).hasSize(ExtractShards.SHARDS);

        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(loaded.shardsRead()).isZero();
        assertThat(loaded.size()).isEqualTo(records.size());
        assertThat(loaded.documentIds()).isEqualTo(builder.documentIds());
        ArchiveRecord changed = RECORDS.get(3);
        ArchiveRecord gone = RECORDS.get(17);
        loaded.add(changed);
        loaded.remove(gone.id());
        assertThat(loaded.shardsRead()).isBetween(1, 2);
        // of those shards, the extracts asked for alone: the changed one (the removed one is gone)
        assertThat(loaded.extractsRead()).isEqualTo(1);
        assertThat(loaded.contains(gone.id())).isFalse();
        assertThat(loaded.contains(RECORDS.get(40).id())).isTrue();

        // meetings and copies from the groupings alone: the same as from every extract
        builder.remove(gone.id());
        var people = org.fonds.deliberation.people.People.build(Authority.sample(), List.of());
        Resolved fromGroupings = loaded.resolve(people);
        Resolved fromExtracts = builder.resolve(people);
        assertThat(loaded.shardsRead()).isBetween(1, 2);
        int grouped = 0;
        for (ArchiveRecord r : records) {
            assertThat(fromGroupings.accounts(r.id())).as(r.id()).isEqualTo(fromExtracts.accounts(r.id()));
            assertThat(fromGroupings.workOf(r.id())).as(r.id()).isEqualTo(fromExtracts.workOf(r.id()));
            if (!fromExtracts.accounts(r.id()).isEmpty() || !fromExtracts.workOf(r.id()).equals(r.id())) grouped++;
        }
        assertThat(grouped).as("records in a meeting of several accounts or with copies").isGreaterThanOrEqualTo(4);

        // an update's save writes the shards it read, and the next load gives the whole corpus as changed
        loaded.saveExtracts(dir, List.of(changed.id(), gone.id()), WRITE);
        List<ArchiveRecord> rest = new ArrayList<>(records);
        rest.remove(gone);
        DeliberationsBuilder again = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(again.build().json()).isEqualTo(Deliberations.build(rest, Authority.sample()).json());
        assertThat(again.extractsRead()).isEqualTo(rest.size());
        // and the shards written again held the lines not read as they were: a second save and load gives the same
        again.saveExtracts(dir, List.of(changed.id()), WRITE);
        assertThat(DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow().build().json())
                .isEqualTo(Deliberations.build(rest, Authority.sample()).json());
    }

    /** Shards saved before the groupings were kept beside them are read whole, and the next save writes every shard and grouping. */
    @Test
    void shards_without_groupings_load_whole_and_the_next_save_adds_them(@TempDir Path dir) throws IOException {
        DeliberationsBuilder builder = saved(dir, RECORDS);
        for (Path p : files(dir, ".bin")) Files.delete(p);
        // (the names files went with the groupings: a shard of this layout without names is read for them too, below)
        Files.writeString(dir.resolve("FORMAT"), ExtractShards.ZSTD_UNGROUPED_FORMAT);

        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(loaded.shardsRead()).isEqualTo(-1);
        ArchiveRecord gone = RECORDS.get(9);
        loaded.remove(gone.id());
        loaded.saveExtracts(dir, List.of(gone.id()), WRITE);
        assertThat(Files.readString(dir.resolve("FORMAT"))).isEqualTo(ExtractShards.FORMAT);
        assertThat(groupFiles(dir)).hasSize(ExtractShards.SHARDS);
        assertThat(files(dir, ".jsonl.zst")).hasSize(ExtractShards.SHARDS);
        assertThat(nameFiles(dir)).hasSize(ExtractShards.SHARDS);
        List<ArchiveRecord> rest = new ArrayList<>(RECORDS);
        rest.remove(gone);
        assertThat(DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow().build().json())
                .isEqualTo(Deliberations.build(rest, Authority.sample()).json());
    }

    @Test
    void compressed_shards_take_a_fraction_of_the_plain_lines(@TempDir Path dir) throws IOException {
        DeliberationsBuilder builder = saved(dir, RECORDS);
        long compressed = size(files(dir, ".jsonl.zst"));
        asWrittenBefore(dir);
        long plain = size(files(dir, ".jsonl"));
        assertThat(compressed).isPositive().isLessThan(plain / 4);
    }

    /** Turns the shards of {@code dir} into what Fonds wrote before they were compressed: the same lines, plain, in 64 shards. */
    private static void asWrittenBefore(Path dir) throws IOException {
        asWrittenBefore(dir, ExtractShards.Encoding.PLAIN);
    }

    /**
     * Turns the shards of {@code dir} into the layout {@code older} (64 shards by the id's hash, plain
     * or compressed): the same lines, as an older Fonds wrote them.
     */
    private static void asWrittenBefore(Path dir, ExtractShards.Encoding older) throws IOException {
        java.util.Map<Integer, java.io.ByteArrayOutputStream> byShard = new java.util.TreeMap<>();
        for (int i = 0; i < ExtractShards.SHARDS; i++) {
            Path zst = ExtractShards.file(dir, i);
            if (!Files.exists(zst)) continue;
            try (InputStream in = new ZstdInputStreamNoFinalizer(Files.newInputStream(zst))) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (line.isEmpty()) continue;
                    String id = org.fonds.deliberation.tables.Json.MAPPER.readTree(line).get("documentId").asText();
                    var out = byShard.computeIfAbsent(Math.floorMod(id.hashCode(), older.shards), k -> new java.io.ByteArrayOutputStream());
                    out.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            Files.delete(zst);
        }
        for (var e : byShard.entrySet()) {
            byte[] bytes = e.getValue().toByteArray();
            Files.write(older.file(dir, e.getKey()), older.compressed ? com.github.luben.zstd.Zstd.compress(bytes) : bytes);
        }
        Files.writeString(dir.resolve("FORMAT"), older.format);
    }

    /**
     * Loaded for an update, a builder gives every document's names from the names files beside the shards,
     * reading no extract (at a million records, reading every extract back for its names was 69% of an
     * update whose names moved: issue 14); the same names, in the same order, as a builder holding every extract.
     */
    @Test
    void every_documents_names_come_from_the_names_files_without_reading_an_extract(@TempDir Path dir) throws IOException {
        List<ArchiveRecord> records = withTheRealRecords();
        DeliberationsBuilder builder = saved(dir, records);
        assertThat(nameFiles(dir)).hasSize(ExtractShards.SHARDS);

        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(loaded.allNames()).isEqualTo(builder.allNames());
        assertThat(loaded.shardsRead()).isZero();
        assertThat(loaded.allNames().stream().mapToInt(n -> n.occurrences().size()).sum()).isGreaterThan(records.size());
        // a change read from its shard is given as it is now, the rest from the files
        ArchiveRecord changed = Corpus.real().values().iterator().next();
        ArchiveRecord gone = RECORDS.get(17);
        loaded.remove(changed.id());
        loaded.remove(gone.id());
        builder.remove(changed.id());
        builder.remove(gone.id());
        assertThat(loaded.allNames()).isEqualTo(builder.allNames());
        loaded.add(changed);
        builder.add(changed);
        assertThat(loaded.allNames()).isEqualTo(builder.allNames());
        assertThat(loaded.extractsRead()).isEqualTo(1);

        // the shards an update writes carry the names of the lines not read through: the next load gives them all
        loaded.saveExtracts(dir, List.of(changed.id(), gone.id()), WRITE);
        namesFromTheFilesAlone(dir, builder);
    }

    /**
     * Who is who for a few surnames reads the names of the documents that hold their forms: of a loaded
     * builder, only the names files whose head lists one of the forms are read (the heads of the others
     * alone), and what comes back equals the documents of a builder holding every extract that hold them.
     * A names file of the layout before (no head) is read whole, and written with its head at the next save.
     */
    @Test
    void the_documents_holding_some_forms_are_read_from_the_shards_whose_names_head_lists_them(@TempDir Path dir) throws IOException {
        List<ArchiveRecord> records = withTheRealRecords();
        DeliberationsBuilder builder = saved(dir, records);
        // a form few documents hold: a name of one real record
        java.util.Map<String, List<org.fonds.deliberation.people.DocumentNames>> byForm = new java.util.TreeMap<>();
        for (var d : builder.allNames()) {
            for (String f : org.fonds.deliberation.people.NameForms.formsOf(d)) byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(d);
        }
        String rare = byForm.entrySet().stream().filter(e -> e.getValue().size() == 2).map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        List<org.fonds.deliberation.people.DocumentNames> expected = byForm.get(rare);
        long shards = expected.stream().map(d -> ExtractShards.shard(d.documentId())).distinct().count();

        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(loaded.namesHolding(java.util.Set.of(rare))).isEqualTo(expected);
        assertThat(loaded.namesRead()).as("names files read whole for %s", rare).isEqualTo((int) shards);
        assertThat(loaded.shardsRead()).isZero();

        // the layout before: the head taken out of one of those shards' names file, which is then read whole
        int shard = ExtractShards.shard(expected.getFirst().documentId());
        Path file = NameFiles.file(dir, shard);
        byte[] headed = Files.readAllBytes(file);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(headed);
        long token = in.getLong(4);
        int head = in.getInt(12);
        java.nio.ByteBuffer older = java.nio.ByteBuffer.allocate(headed.length - 4 - head);
        older.putInt(0x464e4d31).putLong(token).put(headed, 16 + head, headed.length - 16 - head);
        Files.write(file, older.array());
        DeliberationsBuilder again = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(again.namesHolding(java.util.Set.of(rare))).isEqualTo(expected);
        assertThat(again.allNames()).isEqualTo(builder.allNames());
        ArchiveRecord gone = RECORDS.get(3);
        again.remove(gone.id());
        builder.remove(gone.id());
        again.saveExtracts(dir, List.of(gone.id()), WRITE);
        assertThat(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)).getInt(0)).as("written with its head").isEqualTo(0x464e4d32);
        namesFromTheFilesAlone(dir, builder);
    }

    /**
     * Shards an older Fonds wrote without names files: every document's names are read from their
     * extracts, and the next save writes those shards with their names, so the load after reads none.
     */
    @Test
    void shards_without_names_files_are_read_for_their_names_and_written_with_them_at_the_next_save(@TempDir Path dir)
            throws IOException {
        DeliberationsBuilder builder = savedWithoutNames(dir);

        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(loaded.allNames()).isEqualTo(builder.allNames());
        assertThat(loaded.extractsRead()).isEqualTo(RECORDS.size());
        ArchiveRecord gone = RECORDS.get(9);
        loaded.remove(gone.id());
        builder.remove(gone.id());
        loaded.saveExtracts(dir, List.of(gone.id()), WRITE);
        int nonEmpty = (int) RECORDS.stream().map(r -> ExtractShards.shard(r.id())).distinct().count();
        assertThat(nameFiles(dir)).hasSizeGreaterThanOrEqualTo(nonEmpty);

        namesFromTheFilesAlone(dir, builder);
    }

    /**
     * A shard written again by a Fonds that knows no names files leaves a names file of an earlier writing
     * beside it: its groupings then end without the token both carried, and those names are not trusted,
     * the shard's extracts are read instead. Here the names file of one record's shard is that of a writing
     * where the record named other people, and the groupings lost their token (as that Fonds writes them).
     */
    @Test
    void a_names_file_of_another_writing_than_its_shard_is_not_read(@TempDir Path dir, @TempDir Path earlier) throws IOException {
        DeliberationsBuilder builder = saved(dir, RECORDS);
        ArchiveRecord record = RECORDS.get(4);
        DeliberationsBuilder before = Deliberations.builder(Authority.sample());
        RECORDS.stream().filter(r -> !r.id().equals(record.id())).forEach(before::add);
        before.add(RECORDS.get(5).withId(record.id()));
        assertThat(before.names(record.id())).isNotEqualTo(builder.names(record.id()));
        before.saveExtracts(earlier, null, WRITE);
        int shard = ExtractShards.shard(record.id());
        Files.copy(NameFiles.file(earlier, shard), NameFiles.file(dir, shard), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path groups = GroupFiles.file(dir, shard);
        byte[] bytes = Files.readAllBytes(groups);
        Files.write(groups, java.util.Arrays.copyOf(bytes, bytes.length - Long.BYTES));

        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(loaded.allNames()).isEqualTo(builder.allNames());
        assertThat(loaded.shardsRead()).isEqualTo(1);
        // and the next save writes it with its names again
        ArchiveRecord gone = RECORDS.get(7);
        loaded.remove(gone.id());
        builder.remove(gone.id());
        loaded.saveExtracts(dir, List.of(gone.id()), WRITE);
        namesFromTheFilesAlone(dir, builder);
    }

    /**
     * The ingest saves the extracts beside who is who, so the first save after an upgrade may come before
     * any names were asked for: it writes every shard without names all the same, once.
     */
    @Test
    void the_first_save_after_an_upgrade_writes_every_shard_with_its_names_before_any_names_are_asked_for(@TempDir Path dir)
            throws IOException {
        DeliberationsBuilder builder = savedWithoutNames(dir);

        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        ArchiveRecord gone = RECORDS.get(11);
        loaded.remove(gone.id());
        builder.remove(gone.id());
        loaded.saveExtracts(dir, List.of(gone.id()), WRITE);
        assertThat(nameFiles(dir)).hasSize(ExtractShards.SHARDS);
        DeliberationsBuilder again = namesFromTheFilesAlone(dir, builder);
        // and the save after writes only the shards of its change
        List<Path> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        again.remove(RECORDS.get(12).id());
        again.saveExtracts(dir, List.of(RECORDS.get(12).id()), (file, content) -> {
            written.add(file);
            WRITE.write(file, content);
        });
        assertThat(written).hasSize(3);
    }

    /** A names file cut short is refused with its name, not read as fewer names. */
    @Test
    void a_names_file_cut_short_is_refused(@TempDir Path dir) throws IOException {
        DeliberationsBuilder builder = saved(dir, RECORDS);
        Path file = nameFiles(dir).stream().filter(f -> {
            try {
                return Files.size(f) > 200;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(loaded::allNames)
                .hasMessageContaining(file.getFileName().toString());
    }

    /** {@link #RECORDS} and the real records, which hold accounts of one meeting and copies of one text (the generated do not). */
    private static List<ArchiveRecord> withTheRealRecords() {
        List<ArchiveRecord> records = new ArrayList<>(RECORDS);
        records.addAll(Corpus.real().values());
        return records;
    }

    /** A builder of {@code records}, its extracts saved in {@code dir}. */
    private static DeliberationsBuilder saved(Path dir, List<ArchiveRecord> records) throws IOException {
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        records.forEach(builder::add);
        builder.saveExtracts(dir, null, WRITE);
        return builder;
    }

    /** A builder of {@link #RECORDS} saved in {@code dir} as an older Fonds saved it: without names files. */
    private static DeliberationsBuilder savedWithoutNames(Path dir) throws IOException {
        DeliberationsBuilder builder = saved(dir, RECORDS);
        for (Path p : nameFiles(dir)) Files.delete(p);
        return builder;
    }

    /** Loads {@code dir} again and checks it gives the names {@code expected} gives, reading no extract shard. */
    private static DeliberationsBuilder namesFromTheFilesAlone(Path dir, DeliberationsBuilder expected) throws IOException {
        DeliberationsBuilder again = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(again.allNames()).isEqualTo(expected.allNames());
        assertThat(again.shardsRead()).isZero();
        return again;
    }

    private static List<Path> groupFiles(Path dir) throws IOException {
        return files(dir, ".bin").stream().filter(f -> f.getFileName().toString().startsWith("groups-")).toList();
    }

    private static List<Path> nameFiles(Path dir) throws IOException {
        return files(dir, ".bin").stream().filter(f -> f.getFileName().toString().startsWith("names-")).toList();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static long size(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) total += Files.size(f);
        return total;
    }
}
