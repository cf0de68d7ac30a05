package org.fonds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.archive.Archive;
import org.fonds.ingest.Ingest;
import org.fonds.parse.tei.TeiVolumes;
import org.fonds.parse.tei.VolumeOutcome;
import org.fonds.synth.FrusVolumeWriter;
import org.fonds.synth.Generator;

/**
 * Ingest of a generated FRUS-shaped TEI volume of COUNT documents (one file, COUNT + 1 objects),
 * beside its baselines in the same process: reading the volume alone (secure DOM parse, div scan,
 * records), and ingesting COUNT generated text exports (one file per record) into a fresh home.
 * Then the same volume again (nothing written). Run: {@code ./fonds bench frus [COUNT]} (default 2,000).
 */
public final class FrusBench {
    private FrusBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int threads = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("fonds-frus-bench-");
        byte[] bytes = new FrusVolumeWriter(1956).volume(count);
        Path volume = Files.write(work.resolve("frus-generated.xml"), bytes);
        Path exports = work.resolve("exports");
        new Generator(1956).writeCorpus(exports, count);
        List<Path> files;
        try (Stream<Path> s = Files.list(exports)) {
            files = s.sorted().toList();
        }
        long exportBytes = 0;
        for (Path f : files) exportBytes += Files.size(f);

        TeiVolumes.read(bytes); // warm the XML parser's classes once, untimed
        int[] docs = new int[1];
        double read = IngestBench.time(() -> {
            VolumeOutcome.Read r = (VolumeOutcome.Read) TeiVolumes.read(bytes);
            docs[0] = r.volume().documents().size();
        });
        IngestBench.settle();
        Archive.Ingested[] done = new Archive.Ingested[2];
        double text = IngestBench.time(() -> ingest(work.resolve("home-exports"), files, threads, done, 0));
        IngestBench.settle();
        Path home = work.resolve("home-volume");
        double tei = IngestBench.time(() -> ingest(home, List.of(volume), threads, done, 1));
        String first = done[1].summary().line();
        double again = IngestBench.time(() -> ingest(home, List.of(volume), threads, done, 1));

        System.out.printf("%nMachine: %d cores, %s %s%n", threads, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf("Volume: %,d documents (%,d read), %.1f MB, seed 1956; first ingest: %s; again: %s%n", count, docs[0],
                bytes.length / 1e6, first, done[1].summary().line());
        row("read the volume alone (DOM, divs, records)", docs[0], bytes.length / 1e6, read);
        row("ingest " + count + " text exports (baseline)", count, exportBytes / 1e6, text);
        row("ingest the volume (store, fsync, index, tables)", docs[0] + 1, bytes.length / 1e6, tei);
        row("ingest the volume again (nothing written)", docs[0] + 1, bytes.length / 1e6, again);
        System.out.printf("Volume / exports (time per document): %.2f%n", (tei / (docs[0] + 1)) / (text / count));
        System.out.printf("Peak RSS: %s%n", IngestBench.peakRss());
        System.out.println("Work folder (delete when done): " + work);
    }

    private static void ingest(Path home, List<Path> files, int threads, Archive.Ingested[] done, int slot) {
        try (Archive archive = Archive.open(home, null, "bench")) {
            done[slot] = archive.ingest(files, threads, Ingest.Progress.NONE, line -> { });
        }
    }

    private static void row(String what, int count, double mb, double seconds) {
        System.out.printf("  %-50s %7.2f s  %,8.0f docs/s  %6.1f MB/s%n", what, seconds, count / seconds, mb / seconds);
    }
}
