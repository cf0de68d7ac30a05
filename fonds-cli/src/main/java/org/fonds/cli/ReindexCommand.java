package org.fonds.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fonds.search.SearchIndex;
import org.fonds.ingest.DerivedTables;
import org.fonds.ingest.Reindex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.WriteLock;
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
        ArchiveHome archive = new ArchiveHome(home.home());
        try (WriteLock lock = WriteLock.acquire(archive, "reindex"); OcflStore store = OcflStore.open(archive);
             SearchIndex index = this.index.openIndex(archive)) {
            Reindex.Report r = Reindex.run(store, index);
            PrintWriter err = spec.commandLine().getErr();
            r.skipped().forEach(p -> err.println("fonds reindex: not indexed again " + p.line()
                    + "; search keeps what it had of it"));
            if (r.after() < r.before()) {
                // never fewer documents than before without saying so (issue 15)
                err.printf("fonds reindex: the index holds %d documents, %d fewer than before, as the store does%n",
                        r.after(), r.before() - r.after());
            }
            spec.commandLine().getOut().println("reindexed " + r.indexed() + " documents");
            spec.commandLine().getOut().flush();
            boolean tables = Archives.rebuildTables(new DerivedTables(archive), store, err);
            // exit 1: the command ran but found problems (spec/INTERFACES.md)
            return tables && r.complete() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
