package org.fonds.deliberation.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The readers' connections, on a real SQLite file in WAL mode. */
class ConnectionsTest {
    private Path dir;
    private Path file;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void database() throws Exception {
        dir = Files.createTempDirectory("fonds-connections");
        file = dir.resolve("tables.db");
        try (Connection c = DriverManager.getConnection(Dialect.SQLITE.url(file)); Statement s = c.createStatement()) {
            Dialect.SQLITE.configure(c);
            s.execute("CREATE TABLE t (n INTEGER)");
            s.execute("INSERT INTO t VALUES (41)");
        }
    }

    @AfterEach
    void clean() throws Exception {
        threads.shutdownNow();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection(Dialect.SQLITE.url(file));
    }

    private static int read(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n + 1 FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Thread one holds a connection until released; returns the answer of another thread's query meanwhile (or times out). */
    private int whileOneIsHeld(Connections pool) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> held = threads.submit(() -> pool.with(c -> {
            holding.countDown();
            awaitQuietly(release);
            return read(c);
        }));
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Integer> other = threads.submit(() -> pool.with(ConnectionsTest::read));
            return other.get(3, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            assertThat(held.get(30, TimeUnit.SECONDS)).isEqualTo(42);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aReaderIsAnsweredWhileAnotherHoldsAConnection() throws Exception {
        try (Connections pool = new Connections(open(), this::open, 2)) {
            assertThat(whileOneIsHeld(pool)).isEqualTo(42);
        }
    }

    /** The pool of one that a writable database has: the second caller waits, as with one synchronized connection. */
    @Test
    void aPoolOfOneMakesTheSecondReaderWait() throws Exception {
        try (Connections pool = new Connections(open(), this::open, 1)) {
            assertThatThrownBy(() -> whileOneIsHeld(pool)).isInstanceOf(TimeoutException.class);
        }
    }

    /** A query asked while reading another's rows gets the same connection: nested calls never wait for a second one. */
    @Test
    void aThreadAskingAgainGetsTheConnectionItHolds() throws Exception {
        try (Connections pool = new Connections(open(), this::open, 1)) {
            boolean same = pool.with(outer -> pool.with(inner -> inner == outer));
            assertThat(same).isTrue();
            assertThat(pool.with(ConnectionsTest::read)).isEqualTo(42);
        }
    }

    @Test
    void aClosedPoolAnswersNoMore() throws Exception {
        Connections pool = new Connections(open(), this::open, 2);
        pool.close();
        assertThatThrownBy(() -> pool.with(ConnectionsTest::read)).isInstanceOf(SQLException.class).hasMessageContaining("closed");
    }
}
