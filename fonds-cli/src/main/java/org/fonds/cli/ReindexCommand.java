package org.fonds.cli;

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
            int n = Reindex.run(store, index);
            spec.commandLine().getOut().println("reindexed " + n + " documents");
            spec.commandLine().getOut().flush();
            boolean tables = Archives.rebuildTables(new DerivedTables(archive), store, spec.commandLine().getErr());
            return tables ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
