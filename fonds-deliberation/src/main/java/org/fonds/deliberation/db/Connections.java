package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The connections one {@link DbTables} reads through: up to {@code size} of them, opened as they are
 * first needed and lent to one caller at a time, so that readers of a file in WAL mode read side by
 * side instead of queueing behind one connection. A thread that already holds one (a query asked
 * while reading the rows of another) is lent the same again. A pool of one is the single connection
 * of a database that must not be opened twice in one process.
 */
final class Connections implements AutoCloseable {
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Opener opener;
    private final int size;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> all = new ArrayList<>();
    private final ThreadLocal<Held> held = new ThreadLocal<>();
    private boolean closed;

    /** A connection a thread holds, and how many of its calls hold it (released when the outermost ends). */
    private static final class Held {
        final Connection c;
        int depth;

        Held(Connection c) {
            this.c = c;
        }
    }

    Connections(Connection first, Opener opener, int size) {
        if (size < 1) throw new IllegalArgumentException("a pool needs a connection (got: " + size + ")");
        this.opener = opener;
        this.size = size;
        idle.add(first);
        all.add(first);
    }

    <T> T with(Work<T> work) throws SQLException {
        Held h = held.get();
        if (h == null) {
            h = new Held(borrow());
            held.set(h);
        }
        h.depth++;
        try {
            return work.run(h.c);
        } finally {
            if (--h.depth == 0) {
                held.remove();
                giveBack(h.c);
            }
        }
    }

    private synchronized Connection borrow() throws SQLException {
        while (true) {
            if (closed) throw new SQLException("the tables database is closed");
            if (!idle.isEmpty()) return idle.pop();
            if (all.size() < size) {
                Connection c = opener.open();
                all.add(c);
                return c;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a connection to the tables database", e);
            }
        }
    }

    private synchronized void giveBack(Connection c) {
        if (closed) {
            quietly(c);
            return;
        }
        idle.push(c);
        notify();
    }

    /** Closes the idle connections now and each lent one when it is given back. */
    @Override
    public synchronized void close() throws SQLException {
        if (closed) return;
        closed = true;
        SQLException first = null;
        for (Connection c : idle) {
            try {
                c.close();
            } catch (SQLException e) {
                if (first == null) first = e;
            }
        }
        idle.clear();
        notifyAll();
        if (first != null) throw first;
    }

    private static void quietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing after the pool itself was closed: nothing is left to tell
        }
    }
}
