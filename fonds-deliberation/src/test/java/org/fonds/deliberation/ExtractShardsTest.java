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
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        RECORDS.forEach(builder::add);
        builder.saveExtracts(dir, null, WRITE);
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
    void compressed_shards_take_a_fraction_of_the_plain_lines(@TempDir Path dir) throws IOException {
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        RECORDS.forEach(builder::add);
        builder.saveExtracts(dir, null, WRITE);
        long compressed = size(files(dir, ".jsonl.zst"));
        asWrittenBefore(dir);
        long plain = size(files(dir, ".jsonl"));
        assertThat(compressed).isPositive().isLessThan(plain / 4);
    }

    /** Turns the shards of {@code dir} into what Fonds wrote before they were compressed: the same lines, plain. */
    private static void asWrittenBefore(Path dir) throws IOException {
        for (int i = 0; i < ExtractShards.SHARDS; i++) {
            Path zst = ExtractShards.file(dir, i);
            if (!Files.exists(zst)) continue;
            try (InputStream in = new ZstdInputStreamNoFinalizer(Files.newInputStream(zst))) {
                Files.write(ExtractShards.plainFile(dir, i), in.readAllBytes());
            }
            Files.delete(zst);
        }
        Files.writeString(dir.resolve("FORMAT"), ExtractShards.PLAIN_FORMAT);
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
