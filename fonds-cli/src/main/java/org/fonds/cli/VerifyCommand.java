package org.fonds.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fonds.search.SearchIndex;
import org.fonds.ingest.Verification;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = {"Check every stored object (OCFL structure, the digest of every file)",
        "and that the index holds exactly the stored documents at their latest versions.",
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
        ArchiveHome archive = new ArchiveHome(home.home());
        try (OcflStore store = OcflStore.open(archive); SearchIndex index = this.index.openIndex(archive)) {
            List<String> problems = Verification.run(store, index);
            problems.forEach(out::println);
            out.flush();
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
