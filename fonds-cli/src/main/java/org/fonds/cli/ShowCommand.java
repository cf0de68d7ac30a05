package org.fonds.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.fonds.archive.Archive;
import org.fonds.archive.Documents;
import org.fonds.export.Citing;
import org.fonds.export.Exports;
import org.fonds.export.Format;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.VersionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show one stored document: its record or a scholarly format of it, its history, or a past version.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Parameters(paramLabel = "ID", description = "document id, e.g. wcda-111883")
    String id;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default), tei, ris, bibtex, csl-json or chicago")
    String format;
    // No default: a citation names the archive's own URL, and Fonds only as "accessed through" the
    // public address its operator gives; a guessed http://127.0.0.1:8080 would point where nothing runs.
    @Option(names = {"--public-url", "--base-url"}, paramLabel = "URL",
            description = "the public address of the reading room (as serve --public-url), named in citations as where the document was accessed")
    String publicUrl;
    @Option(names = "--versions", description = "list every version: number, time, what made it")
    boolean versions;
    @Option(names = "--version", paramLabel = "N", description = "show version N instead of the latest")
    String version;
    @Option(names = "--source", description = "print the source file as stored, byte for byte")
    boolean source;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Format> export = Exports.byName(format);
        if (!format.equals("json") && export.isEmpty()) {
            throw new UsageError("no format '" + format + "'; use json, "
                    + Exports.all().stream().map(Format::name).collect(Collectors.joining(", ")));
        }
        VersionRef at = VersionRef.parse(version);
        try (Archive archive = home.openForReading(null)) {
            Documents documents = archive.documents();
            if (versions) {
                List<VersionSummary> history = documents.history(id);
                history.forEach(v -> out.println("v" + v.version() + "\t" + v.created() + "\t" + v.message()));
                out.flush();
                return history.isEmpty() ? notFound(err, VersionRef.LATEST) : ExitCodes.OK;
            }
            Optional<StoredVersion> v = documents.read(id, at);
            if (v.isEmpty()) return notFound(err, at);
            if (source) {
                System.out.write(v.get().source(), 0, v.get().source().length);
                System.out.flush();
            } else if (export.isPresent()) {
                Citing citing = Citing.at(publicUrl, id, LocalDate.now(), v.get().version());
                out.print(export.get().write(RecordJson.read(v.get().recordJson()), citing));
                out.flush();
            } else {
                out.print(v.get().recordJson());
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    private int notFound(PrintWriter err, VersionRef at) {
        err.println("fonds show: no document '" + id + "'" + at.atWords() + " in " + home.home());
        return ExitCodes.PROBLEMS;
    }
}
