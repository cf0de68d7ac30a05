package org.fonds.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * A whole response body read as it streams, timed by the client to its first and its last byte:
 * the time a reader waits for a download to begin and to end (a page's time is the last byte of a
 * small body; a bibliography of 10,000 hits is megabytes written as each record is read).
 */
record StreamedBody(long firstByteNanos, long lastByteNanos, long bytes) {
    static StreamedBody get(HttpClient http, String url) throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode());
            byte[] buffer = new byte[1 << 16];
            int n = in.read(buffer);
            long first = System.nanoTime() - t;
            long bytes = 0;
            while (n >= 0) {
                bytes += n;
                n = in.read(buffer);
            }
            return new StreamedBody(first, System.nanoTime() - t, bytes);
        }
    }

    /** The median of each of {@code runs}' times, in ms, and the slowest to the last byte; the bytes of the first. */
    record Summary(double firstP50, double lastP50, double lastMax, long bytes, int runs) {
        static Summary of(StreamedBody[] runs) {
            long[] first = Arrays.stream(runs).mapToLong(StreamedBody::firstByteNanos).sorted().toArray();
            long[] last = Arrays.stream(runs).mapToLong(StreamedBody::lastByteNanos).sorted().toArray();
            return new Summary(first[runs.length / 2] / 1e6, last[runs.length / 2] / 1e6, last[runs.length - 1] / 1e6, runs[0].bytes(),
                    runs.length);
        }
    }
}
