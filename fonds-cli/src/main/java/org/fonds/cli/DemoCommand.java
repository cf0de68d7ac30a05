package org.fonds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.fonds.ingest.Ingest;
import org.fonds.archive.Archive;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.synth.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The first thing a new user runs: makes a synthetic sample collection, takes it into an archive
 * home, and shows one document as stored. (The reading room will be served here once it exists.)
 */
@Command(name = "demo", description = "Make a sample collection, ingest it into an archive home, and show one document.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Mixin
    IndexOption index;
    @Mixin
    Publication publication;
    @Option(names = "--out", paramLabel = "DIR", description = "where to put the collection and its archive home (default: a new temporary folder)")
    Path out;
    @Option(names = "--count", paramLabel = "N", defaultValue = "2000", description = "number of sample files (default: ${DEFAULT-VALUE})")
    int count;
    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "port to serve on (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port;
    @Option(names = "--no-serve", description = "stop after showing the document instead of serving the archive")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = out != null ? out : Files.createTempDirectory("fonds-demo-");
        Path collection = dir.resolve("collection");
        o.println("Fonds demo: writing " + count + " synthetic export files to " + collection);
        o.flush();
        new Generator(1956).writeCorpus(collection, count);
        List<Path> files = InputFiles.expand(List.of(collection));
        Archive archive = Archive.open(dir.resolve("home"), index.backend(), Version.text());
        o.println("Taking them into the archive home " + archive.root());
        o.flush();
        Ingest.Summary s = IngestCommand.ingest(archive, files, Runtime.getRuntime().availableProcessors(), err).summary();
        o.printf("%s (%.1f MB in %.1f s)%n", s.line(), s.bytes() / 1e6, s.elapsed().toMillis() / 1000.0);
        ArchiveRecord sample;
        try (Stream<String> ids = archive.documents().ids()) {
            sample = archive.documents().record(ids.sorted().findFirst().orElseThrow()).orElseThrow();
        }
        o.println();
        o.println("One document as stored (" + sample.id() + ": " + sample.title() + "):");
        o.println(RecordJson.writePretty(sample));
        o.println();
        o.println("Try:");
        o.println("  ./fonds search --home " + archive.root() + " 'council AND date:[1956 TO 1957]'");
        o.println("  ./fonds show --home " + archive.root() + " " + sample.id() + " --format chicago");
        o.println("  ./fonds show --home " + archive.root() + " " + sample.id() + " --versions");
        o.println("  ./fonds verify --home " + archive.root());
        o.println("  ./fonds ingest --home " + archive.root() + " " + collection + "   (again: nothing changes)");
        o.flush();
        if (s.refused() > 0 || noServe) {
            archive.close();
            return s.refused() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
        return serve(archive, sample.id(), o);
    }

    /** Serves the demo archive until stopped, its address the last line printed. */
    private int serve(Archive archive, String sampleId, PrintWriter o) throws InterruptedException {
        publication.serveUntilStopped(archive, port, bound -> {
            o.println();
            o.println("Serving the reading room (open the last address in a browser); Ctrl-C to stop.");
            o.println("  one document:  http://127.0.0.1:" + bound + "/documents/" + sampleId);
            o.println("  its record:    http://127.0.0.1:" + bound + "/api/documents/" + sampleId);
            o.println("  OAI-PMH:       http://127.0.0.1:" + bound + "/oai?verb=Identify");
            o.println("http://127.0.0.1:" + bound + "/");
            o.flush();
        });
        return ExitCodes.OK;
    }
}
