package org.fonds.deliberation;

import java.io.IOException;
import java.io.OutputStream;
import org.fonds.deliberation.people.Authority;
import org.fonds.record.ArchiveRecord;
import org.fonds.synth.Generator;

/**
 * Builds every table from N generated records (default 100,000) and prints the time of adding,
 * of building, of writing the JSON, and the heap in use after building. Records are generated on
 * the fly and not kept, as a store rebuild would stream them; generation time is reported apart.
 *
 * <p>Run: {@code java -cp <test classpath> org.fonds.deliberation.DeliberationsBenchmark 100000}
 */
public final class DeliberationsBenchmark {
    private DeliberationsBenchmark() {
    }

    /** Counts the bytes written and drops them. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Generator generator = new Generator(1956);
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        long generating = 0;
        long adding = 0;
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            ArchiveRecord r = generator.generate(i).expected();
            long t1 = System.nanoTime();
            builder.add(r);
            adding += System.nanoTime() - t1;
            generating += t1 - t0;
        }
        long t2 = System.nanoTime();
        Deliberations d = builder.build();
        long building = System.nanoTime() - t2;
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf("add %.1f s, build %.1f s, heap after gc %d MB%n", adding / 1e9, building / 1e9, heap);
        long t3 = System.nanoTime();
        CountingStream sink = new CountingStream();
        d.writeJson(sink);
        long writing = System.nanoTime() - t3;
        long jsonLength = sink.count;
        System.out.printf("records %d, sessions %d, people %d, statements %d, log %d, reference files %d, timeline %d%n",
                count, d.sessions().size(), d.people().size(), d.statements().statements().size(), d.log().entries().size(),
                d.references().groups().size(), d.timeline().entries().size());
        System.out.printf("generate %.1f s (not ours), add %.1f s, build %.1f s, json %.1f s (%d MB), heap after gc %d MB "
                        + "(builder and result held)%n",
                generating / 1e9, adding / 1e9, building / 1e9, writing / 1e9, jsonLength / (1024 * 1024), heap);
        if (builder.size() != count) throw new IllegalStateException("records lost: " + builder.size());
    }
}
