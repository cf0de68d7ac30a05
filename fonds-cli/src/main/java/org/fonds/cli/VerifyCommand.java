package org.fonds.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fonds.ingest.DerivedTables;
import org.fonds.ingest.Verification;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = {"Check every stored object (OCFL structure, the digest of every file)",
        "that the index holds exactly the stored documents at their latest versions, and that the",
        "derived tables are up to date.",
        "Prints one problem per line, nothing when clean; exit 1 when there is a problem."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Mixin
    IndexOption index;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArchiveHome archive = new ArchiveHome(home.existing());
        try (OcflStore store = OcflStore.open(archive)) {
            List<String> problems = new ArrayList<>(Verification.run(store, index.committed(archive)));
            if (new DerivedTables(archive).isStale() && hasDocuments(store)) {
                problems.add("derived tables: " + archive.derived() + " does not show what the store holds"
                        + " (an ingest stopped before updating it, or it was never built); run fonds reindex");
            }
            problems.forEach(out::println);
            out.flush();
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }

    private static boolean hasDocuments(OcflStore store) {
        try (var ids = store.ids()) {
            return ids.findAny().isPresent();
        }
    }
}
