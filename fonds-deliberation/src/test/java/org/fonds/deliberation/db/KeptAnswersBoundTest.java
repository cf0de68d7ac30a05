package org.fonds.deliberation.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers are kept under keys readers choose (a page's dates), so no more than {@link KeptAnswers#MOST} are held. */
class KeptAnswersBoundTest {
    @TempDir
    Path dir;

    @Test
    void noMoreThanTheMostAreKeptAndTheNewestIsAmongThem() throws Exception {
        Path file = dir.resolve("t.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x INTEGER)");
        }
        try (KeptAnswers kept = new KeptAnswers(DriverManager.getConnection("jdbc:sqlite:" + file))) {
            AtomicInteger made = new AtomicInteger();
            for (int i = 0; i < 3 * KeptAnswers.MOST; i++) kept.get("range " + i, made::incrementAndGet);
            assertThat(made).hasValue(3 * KeptAnswers.MOST);
            assertThat(kept.size()).isEqualTo(KeptAnswers.MOST);
            int last = made.get();
            assertThat(kept.get("range " + (3 * KeptAnswers.MOST - 1), made::incrementAndGet)).as("the newest kept").isEqualTo(last);
            assertThat(made).hasValue(last);
        }
    }
}
