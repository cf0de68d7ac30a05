package org.fonds.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.StoredVersion;
import org.fonds.store.VersionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = {"Show one stored document: its record, its history, or a past version.",
        "Formats other than json (tei, ris, bibtex, csl-json, chicago) come with the reading room."})
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Parameters(paramLabel = "ID", description = "document id, e.g. wcda-111883")
    String id;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default)")
    String format;
    @Option(names = "--versions", description = "list every version: number, time, what made it")
    boolean versions;
    @Option(names = "--version", paramLabel = "N", description = "show version N instead of the latest")
    int version;
    @Option(names = "--source", description = "print the source file as stored, byte for byte")
    boolean source;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("json")) {
            err.println("fonds show: format '" + format + "' is not available yet; only json is");
            return ExitCodes.USAGE;
        }
        try (OcflStore store = OcflStore.open(new ArchiveHome(home.home()))) {
            if (versions) {
                List<VersionSummary> history = store.history(id);
                history.forEach(v -> out.println("v" + v.version() + "\t" + v.created() + "\t" + v.message()));
                out.flush();
                return history.isEmpty() ? notFound(err) : ExitCodes.OK;
            }
            Optional<StoredVersion> v = store.read(id, version);
            if (v.isEmpty()) return notFound(err);
            if (source) {
                System.out.write(v.get().source(), 0, v.get().source().length);
                System.out.flush();
            } else {
                out.print(v.get().recordJson());
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    private int notFound(PrintWriter err) {
        err.println("fonds show: no document '" + id + "'" + (version > 0 ? " at version " + version : "") + " in " + home.home());
        return ExitCodes.PROBLEMS;
    }
}
