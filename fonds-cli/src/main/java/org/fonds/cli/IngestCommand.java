package org.fonds.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fonds.archive.Archive;
import org.fonds.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", description = {"Parse, store and keep export files or folders of them; safe to run again.",
        "Prints 'added N, updated N, unchanged N, refused N'; exit 1 when anything was refused."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Mixin
    IndexOption index;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders")
    List<Path> paths;
    @Option(names = "--threads", paramLabel = "N", description = "cores to keep busy (default: all); each gets 16 workers, since store writes wait on the disk")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = InputFiles.expand(spec, paths);
        try (Archive archive = home.open(index)) {
            Archive.Ingested done = ingest(archive, files, threads, err);
            out.println(done.summary().line());
            out.flush();
            return done.summary().refused() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
    }

    /** Ingests with a progress bar and the rate on standard error (shared with demo). */
    static Archive.Ingested ingest(Archive archive, List<Path> files, int threads, PrintWriter err) {
        Archive.Ingested done = archive.ingest(files, threads, new ProgressBar(err, Terminal.stderrIsTerminal()), err::println);
        Ingest.Summary s = done.summary();
        Lines.print(err, done.tables().lines());
        err.printf("%,d files, %.1f MB in %.1f s (%,.0f docs/s) into %s%n", s.files(), s.bytes() / 1e6,
                s.elapsed().toMillis() / 1000.0, s.files() / Math.max(s.elapsed().toNanos() / 1e9, 1e-3), archive.root());
        err.flush();
        return done;
    }
}
