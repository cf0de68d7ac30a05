package org.fonds.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fonds.archive.Archive;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.tables.Table;
import org.fonds.ingest.DerivedTables;
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
        PrintWriter err = spec.commandLine().getErr();
        try (Archive archive = home.open(null)) {
            Path dir = out != null ? out : archive.tablesFolder();
            Deliberations d = archive.tables(Optional.ofNullable(authorityFile), line -> err.println("fonds tables: " + line));
            write(d, dir);
            PrintWriter o = spec.commandLine().getOut();
            o.println(d.people().size() + " people, " + d.sessions().size() + " sessions, " + d.log().rows().size()
                    + " decisions and tasks, written to " + dir);
            o.flush();
            return ExitCodes.OK;
        }
    }

    private static void write(Deliberations d, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Table> t : d.tablesByName().entrySet()) {
            Files.writeString(dir.resolve(t.getKey() + ".csv"), t.getValue().csv(), StandardCharsets.UTF_8);
        }
        try (OutputStream json = Files.newOutputStream(dir.resolve(DerivedTables.FILE))) {
            d.writeJson(json);
        }
    }
}
