package org.fonds.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fonds.archive.Archive;
import org.fonds.deliberation.read.TableFiles;
import org.fonds.deliberation.read.Tables;
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
        try (Archive archive = home.open(null);
             Tables tables = archive.tables(Optional.ofNullable(authorityFile), line -> err.println("fonds tables: " + line))) {
            Path dir = out != null ? out : archive.tablesFolder();
            long log = write(tables, dir);
            PrintWriter o = spec.commandLine().getOut();
            o.println(tables.peopleCount() + " people, " + tables.sessionCount() + " sessions, " + log
                    + " decisions and tasks, written to " + dir);
            o.flush();
            return ExitCodes.OK;
        }
    }

    /** Writes every table as CSV and all as one JSON document, row by row; returns the rows of the decisions and tasks. */
    private static long write(Tables tables, Path dir) throws IOException {
        Files.createDirectories(dir);
        long log = 0;
        for (String name : Tables.NAMES) {
            try (OutputStream csv = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".csv")))) {
                long rows = TableFiles.csv(tables, name, csv);
                if (name.equals("decisions-and-tasks")) log = rows;
            }
        }
        try (OutputStream json = new BufferedOutputStream(Files.newOutputStream(dir.resolve(DerivedTables.FILE)), 1 << 16)) {
            TableFiles.all(tables, json);
        }
        return log;
    }
}
