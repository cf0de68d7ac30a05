package org.fonds.store;

import org.fonds.record.stored.KeptProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemsTest {
    @TempDir
    Path tmp;

    @Test
    void aRefusedInputIsKeptByteForByteWithItsReasonAndKeptOnceIfGivenTwice() throws IOException {
        Problems problems = new Problems(new ArchiveHome(tmp));
        byte[] junk = {0, 1, 2, (byte) 0xFF, 0, 42};
        String digest = problems.keep(junk, "in/junk.bin", "binary", "binary data", 1);
        problems.keep(junk, "again/junk.bin", "binary", "binary data", 1);
        problems.keep(new byte[0], "in/empty.txt", "empty", "file is empty", 0);
        assertThat(problems.list()).hasSize(2);
        assertThat(problems.bytes(digest)).isEqualTo(junk);
        assertThat(problems.list()).extracting(KeptProblem::code).containsExactlyInAnyOrder("binary", "empty");
    }
}
