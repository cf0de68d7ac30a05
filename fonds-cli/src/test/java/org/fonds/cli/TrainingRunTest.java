package org.fonds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --training-run}, what the launcher's start-up cache is made of: it serves, reads a first visit's pages, and stops. */
class TrainingRunTest {
    @TempDir
    Path tmp;

    @Test
    void itReadsTheHomePageASearchAndADocumentAndStops() {
        CommandLineTest.Run demo = CommandLineTest.run("demo", "--out", tmp.toString(), "--count", "20", "--no-serve");
        assertThat(demo.status()).as(demo.err()).isZero();

        CommandLineTest.Run r = CommandLineTest.run("serve", "--home", tmp.resolve("home").toString(), "--training-run");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(0)).isEqualTo("200 /");
        assertThat(r.lines().get(1)).matches("200 /\\?q=\\p{L}{3,}");
        assertThat(r.lines().get(2)).startsWith("200 /documents/");
    }

    @Test
    void anEmptyArchiveGivesItsHomePageAlone() {
        CommandLineTest.Run r = CommandLineTest.run("serve", "--home", tmp.resolve("empty").toString(), "--training-run");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.lines()).containsExactly("200 /");
    }
}
