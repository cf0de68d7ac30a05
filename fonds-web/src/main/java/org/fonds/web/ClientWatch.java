package org.fonds.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fonds.search.Cancellation;

/**
 * Tells a running search that its client has gone: a reader who closes the tab or a script that
 * gives up must not keep a core busy for nobody (issue 15).
 *
 * <p>Why not from Jetty: an HTTP/1.1 server learns that a connection closed only when it reads from
 * it, and Jetty 12 does not read while a handler runs (a probe of 12.1.6 saw no failure or close
 * event until the handler wrote its answer); reading ourselves would take the bytes of a pipelined
 * next request. The kernel knows without reading: a connection whose peer has closed it is no longer
 * ESTABLISHED in {@code /proc/net/tcp} (CLOSE_WAIT after a close, gone after a reset). So one
 * daemon thread looks there every {@value #TICK_MILLIS} ms for the requests watched longer than
 * that, and a search asks a volatile flag. Where there is no {@code /proc/net/tcp} (not Linux) the
 * watch never says gone and searches end by their time limit, as before. A client that half-closes
 * its side and still waits for the answer would be taken for gone; HTTP clients do not do that.
 */
public final class ClientWatch implements Cancellation, AutoCloseable {
    static final long TICK_MILLIS = 200;
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";
    private static final Set<ClientWatch> WATCHED = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fonds-client-watch");
        t.setDaemon(true);
        return t;
    });
    private static volatile boolean ticking;

    /** The connection by its two ports, as the kernel's table writes them (hex): the server's, the client's. */
    private final String ports;
    private final long since = System.nanoTime();
    private volatile boolean gone;

    private ClientWatch(int localPort, int remotePort) {
        this.ports = key(localPort, remotePort);
    }

    /** Watches the connection of {@code ctx}'s request until closed. */
    public static ClientWatch of(Context ctx) {
        return watch(ctx.req().getLocalPort(), ctx.req().getRemotePort());
    }

    /** Watches the TCP connection between this machine's {@code localPort} and the client's {@code remotePort}. */
    static ClientWatch watch(int localPort, int remotePort) {
        ClientWatch w = new ClientWatch(localPort, remotePort);
        if (!supported()) return w;
        WATCHED.add(w);
        startTicking();
        return w;
    }

    @Override
    public boolean cancelled() {
        return gone;
    }

    @Override
    public void close() {
        WATCHED.remove(this);
    }

    static boolean supported() {
        return Files.isReadable(TABLES.getFirst());
    }

    private static synchronized void startTicking() {
        if (ticking) return;
        ticking = true;
        TICKER.scheduleWithFixedDelay(ClientWatch::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One look at the kernel's tables for every request watched longer than a tick; never throws (the ticker would stop). */
    private static void tick() {
        try {
            long now = System.nanoTime();
            List<ClientWatch> due = WATCHED.stream().filter(w -> now - w.since > TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS)).toList();
            if (due.isEmpty()) return;
            Map<String, Boolean> established = states();
            for (ClientWatch w : due) {
                // gone when the kernel lists the connection in no state but ESTABLISHED, or not at all (reset)
                if (!established.getOrDefault(w.ports, false)) w.gone = true;
            }
        } catch (RuntimeException | IOException e) {
            // a table that cannot be read this time: nobody is taken for gone
        }
    }

    /** Every connection of the kernel's tables by its two ports: whether one of that key is ESTABLISHED. */
    private static Map<String, Boolean> states() throws IOException {
        Map<String, Boolean> out = new HashMap<>();
        for (Path table : TABLES) {
            if (!Files.isReadable(table)) continue;
            try (Stream<String> lines = Files.lines(table)) {
                lines.skip(1).forEach(line -> {
                    // "  sl  local_address rem_address   st ...": addresses as HEXADDR:HEXPORT
                    String[] f = line.trim().split("\\s+", 5);
                    if (f.length < 4) return;
                    String key = port(f[1]) + ">" + port(f[2]);
                    out.merge(key, ESTABLISHED.equals(f[3]), Boolean::logicalOr);
                });
            }
        }
        return out;
    }

    private static String port(String address) {
        return address.substring(address.lastIndexOf(':') + 1);
    }

    private static String key(int localPort, int remotePort) {
        return String.format("%04X>%04X", localPort, remotePort);
    }
}
