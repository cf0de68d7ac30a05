package org.fonds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fonds.ingest.Ingest;
import org.fonds.store.ArchiveHome;
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
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = InputFiles.expand(spec, paths);
        ArchiveHome archive = new ArchiveHome(home.home());
        Ingest.Summary s = Archives.ingest(archive, index, files, "ingest", threads, err);
        err.printf("%,d files, %.1f MB in %.1f s (%,.0f docs/s) into %s%n", s.files(), s.bytes() / 1e6,
                s.elapsed().toMillis() / 1000.0, s.files() / Math.max(s.elapsed().toNanos() / 1e9, 1e-3), archive.root());
        out.println(s.line());
        out.flush();
        return s.refused() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
