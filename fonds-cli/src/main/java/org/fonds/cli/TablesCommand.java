package org.fonds.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.people.AuthorityFile;
import org.fonds.deliberation.tables.Table;
import org.fonds.ingest.DerivedTables;
import org.fonds.ingest.RecordProblem;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tables", description = {"Write out the tables across documents: people with their name forms, sessions,",
        "attendance and speaking (people by sessions), statements, the decision and task log, archival",
        "references and works cited in notes, the dates mentioned. Each table as CSV, and everything as",
        "deliberations.json. They are the home's derived tables (kept by ingest and reindex); with",
        "--authority they are built afresh from the store with that authority file."})
final class TablesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Option(names = "--out", paramLabel = "DIR", description = "where to write (default: HOME/tables)")
    Path out;
    @Option(names = "--authority", paramLabel = "FILE",
            description = "build with this people authority file instead of the home's (HOME/authority.json, else none)")
    Path authorityFile;

    @Override
    public Integer call() throws IOException {
        ArchiveHome archive = new ArchiveHome(home.home());
        Path dir = out != null ? out : archive.root().resolve("tables");
        Deliberations d = tables(archive);
        Files.createDirectories(dir);
        for (Map.Entry<String, Table> t : d.tablesByName().entrySet()) {
            Files.writeString(dir.resolve(t.getKey() + ".csv"), t.getValue().csv(), StandardCharsets.UTF_8);
        }
        try (OutputStream json = Files.newOutputStream(dir.resolve(DerivedTables.FILE))) {
            d.writeJson(json);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(d.people().size() + " people, " + d.sessions().size() + " sessions, " + d.log().rows().size()
                + " decisions and tasks, written to " + dir);
        o.flush();
        return ExitCodes.OK;
    }

    /** The home's tables when they are up to date; else built from the store (and not kept: ingest and reindex keep them). */
    private Deliberations tables(ArchiveHome archive) throws IOException {
        DerivedTables derived = new DerivedTables(archive);
        if (authorityFile == null && !derived.isStale()) {
            Deliberations kept = derived.read().orElse(null);
            if (kept != null) return kept;
        }
        try (OcflStore store = OcflStore.open(archive)) {
            List<RecordProblem> skipped = new java.util.concurrent.CopyOnWriteArrayList<>();
            Deliberations d = DerivedTables.build(store, authorityFile != null ? AuthorityFile.read(authorityFile)
                    : derived.authority(), skipped);
            skipped.forEach(p -> spec.commandLine().getErr().println("fonds tables: left out " + p.line()));
            return d;
        }
    }
}
