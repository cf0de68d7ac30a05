package org.fonds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.TimedParser;
import org.fonds.parse.tei.TeiVolumes;
import org.fonds.parse.tei.VolumeDocument;
import org.fonds.parse.tei.VolumeOutcome;
import org.fonds.record.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", description = {"Check export files or folders of them.",
        "One line per file: 'ok FILE', 'warn CODE[,CODE…] FILE' or 'refused CODE FILE:LINE: message'; then a count.",
        "Exit 0 when every file is a record, 65 when any is refused."})
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = InputFiles.expand(spec, paths);
        TimedParser parser = new TimedParser(); // a file the parser does not finish must not stop the rest
        int ok = 0;
        int warned = 0;
        int refused = 0;
        for (Path file : files) {
            String name = file.toString();
            byte[] bytes = Files.readAllBytes(file);
            switch (TeiVolumes.isVolume(bytes) ? volume(name, bytes) : parser.parse(name, bytes)) {
                case ParseOutcome.Accepted a when a.record().warnings().isEmpty() -> {
                    out.println("ok " + name);
                    ok++;
                }
                case ParseOutcome.Accepted a -> {
                    out.println("warn " + codes(a.record().warnings()) + " " + name);
                    for (Warning w : a.record().warnings()) {
                        err.println(name + ":" + w.line() + ": " + w.code() + ": " + w.message());
                    }
                    warned++;
                }
                case ParseOutcome.Refused r -> {
                    out.println("refused " + r.refusal().code().code() + " " + r.refusal().describe(name));
                    err.println(r.refusal().describe(name));
                    refused++;
                }
            }
        }
        out.println(files.size() + " files: " + ok + " ok, " + warned + " warn, " + refused + " refused");
        out.flush();
        return refused > 0 ? ExitCodes.DATA : ExitCodes.OK;
    }

    /** A TEI volume as one file: refused whole, or its documents' warnings together. */
    private static ParseOutcome volume(String name, byte[] bytes) {
        return switch (TeiVolumes.read(bytes)) {
            case VolumeOutcome.Refused r -> new ParseOutcome.Refused(name, r.refusal());
            case VolumeOutcome.Read v -> {
                List<Warning> all = new ArrayList<>();
                for (VolumeDocument d : v.volume().documents()) {
                    for (Warning w : d.record().warnings()) all.add(new Warning(w.code(), d.record().id() + ": " + w.message(), w.line()));
                }
                yield new ParseOutcome.Accepted(name, v.volume().record().withWarnings(all));
            }
        };
    }

    private static String codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).distinct().collect(Collectors.joining(","));
    }
}
