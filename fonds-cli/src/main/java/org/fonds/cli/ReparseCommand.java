package org.fonds.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fonds.ingest.DerivedTables;
import org.fonds.ingest.Reparse;
import org.fonds.search.SearchIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.store.WriteLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reparse", description = {"Read every stored source again with this Fonds' parser: a new version where",
        "the record changed (the old one kept), nothing written where it did not; then try the refused files",
        "kept in problems again and take in those that now read."})
final class ReparseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Mixin
    IndexOption index;

    @Override
    public Integer call() {
        ArchiveHome archive = new ArchiveHome(home.existing());
        PrintWriter err = spec.commandLine().getErr();
        try (WriteLock lock = WriteLock.acquire(archive, "reparse"); OcflStore store = OcflStore.open(archive);
             SearchIndex index = this.index.openIndex(archive)) {
            Reparse.Report r = new Reparse(store, index, new Problems(archive), Version.text()).run(err::println);
            spec.commandLine().getOut().println(r.line());
            spec.commandLine().getOut().flush();
            boolean tables = Archives.updateTables(new DerivedTables(archive), store, r.changed(), err);
            return tables && r.failed() == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
