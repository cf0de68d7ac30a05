package org.fonds.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus written on several threads is the one the single-threaded writer wrote, file for file, byte for byte. */
class WriteCorpusTest {
    private static final int COUNT = 3_000;
    private static final long SEED = 1956L;

    @Test
    void aCorpusWrittenOnFourThreadsHasTheSameFilesAndBytesAsOneWrittenInOrder(@TempDir Path tmp) throws IOException {
        Path inOrder = tmp.resolve("in-order");
        Path parallel = tmp.resolve("parallel");
        writeOneByOne(new Generator(SEED), inOrder, COUNT); // what writeCorpus did before it used every core
        assertThat(new Generator(SEED).writeCorpus(parallel, COUNT, 4)).isEqualTo(COUNT);

        List<String> names = names(inOrder);
        assertThat(names).hasSize(COUNT);
        assertThat(names(parallel)).isEqualTo(names);
        for (String name : names) {
            assertThat(Files.readAllBytes(parallel.resolve(name))).as(name).isEqualTo(Files.readAllBytes(inOrder.resolve(name)));
        }
    }

    @Test
    void oneThreadAndTheDefaultWriteTheSameCorpus(@TempDir Path tmp) throws IOException {
        new Generator(SEED).writeCorpus(tmp.resolve("one"), 200, 1);
        new Generator(SEED).writeCorpus(tmp.resolve("all"), 200);
        assertThat(names(tmp.resolve("all"))).isEqualTo(names(tmp.resolve("one")));
        for (String name : names(tmp.resolve("one"))) {
            assertThat(Files.readAllBytes(tmp.resolve("all").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(name)));
        }
    }

    @Test
    void aWriteThatFailsSaysWhy(@TempDir Path tmp) throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> new Generator(SEED).writeCorpus(notAFolder.resolve("corpus"), 10, 2)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new Generator(SEED).writeCorpus(tmp, 10, 0)).hasMessage("threads must be >= 1 (got: 0)");
    }

    private static void writeOneByOne(Generator generator, Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Synthetic s = generator.generate(i);
            Files.write(dir.resolve(s.fileName()), s.bytes());
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
