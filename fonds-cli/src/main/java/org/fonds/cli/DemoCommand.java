package org.fonds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.record.Warning;
import org.fonds.synth.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The first thing a new user runs: makes a synthetic sample collection, reads every file of it,
 * and shows what Fonds made of one. (Later stages store, index and serve it.)
 */
@Command(name = "demo", description = "Make a sample collection, check it, and show one parsed record.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Option(names = "--out", paramLabel = "DIR", description = "where to write the sample collection (default: a new temporary folder)")
    Path out;
    @Option(names = "--count", paramLabel = "N", defaultValue = "2000", description = "number of sample files (default: ${DEFAULT-VALUE})")
    int count;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Path dir = out != null ? out : Files.createTempDirectory("fonds-demo-");
        Path collection = dir.resolve("collection");
        o.println("Fonds demo: writing " + count + " synthetic export files to " + collection);
        new Generator(1956).writeCorpus(collection, count);
        List<Path> files = InputFiles.expand(List.of(collection));
        RecordParser parser = new RecordParser();
        Map<String, Integer> warnings = new TreeMap<>();
        int accepted = 0;
        long bytes = 0;
        ArchiveRecord sample = null;
        long start = System.nanoTime();
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bytes += b.length;
            if (parser.parse(f.toString(), b) instanceof ParseOutcome.Accepted a) {
                accepted++;
                for (Warning w : a.record().warnings()) warnings.merge(w.code(), 1, Integer::sum);
                if (sample == null || a.record().turns().size() > sample.turns().size() && a.record().notes().size() > 3) {
                    sample = a.record();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        o.printf("Read %d files (%.1f MB) in %.2f s: %d records, %d refused%n", files.size(), bytes / 1e6, seconds,
                accepted, files.size() - accepted);
        o.println("Warnings by code: " + (warnings.isEmpty() ? "none" : warnings));
        if (sample != null) {
            o.println();
            o.println("One record as Fonds reads it (" + sample.id() + ": " + sample.title() + "):");
            o.println(RecordJson.writePretty(sample));
        }
        o.println();
        o.println("Try: ./fonds lint " + collection + "    ./fonds parse " + files.get(0));
        o.flush();
        return accepted == files.size() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
