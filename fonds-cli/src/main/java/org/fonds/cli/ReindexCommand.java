package org.fonds.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fonds.archive.Archive;
import org.fonds.ingest.Reindex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", description = {"Rebuild the search index and the derived tables (people, sessions, references)",
        "from the store; prints 'reindexed N documents'."})
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Mixin
    IndexOption index;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Archive archive = home.open(index)) {
            Archive.Reindexed done = archive.reindex();
            Reindex.Report r = done.report();
            r.skipped().forEach(p -> err.println("fonds reindex: not indexed again " + p.line()
                    + "; search keeps what it had of it"));
            if (r.after() < r.before()) {
                // never fewer documents than before without saying so (issue 15)
                err.printf("fonds reindex: the index holds %d documents, %d fewer than before, as the store does%n",
                        r.after(), r.before() - r.after());
            }
            spec.commandLine().getOut().println("reindexed " + r.indexed() + " documents");
            spec.commandLine().getOut().flush();
            Lines.print(err, done.tables().lines());
            // exit 1: the command ran but found problems (spec/INTERFACES.md)
            return done.tables().complete() && r.complete() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
