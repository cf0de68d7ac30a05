package org.fonds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.TimedParser;
import org.fonds.parse.tei.TeiVolumes;
import org.fonds.parse.tei.VolumeDocument;
import org.fonds.parse.tei.VolumeOutcome;
import org.fonds.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "parse", description = "Parse export files (or TEI volumes) without storing them; print one record JSON per line.")
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "export files")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TimedParser parser = new TimedParser(); // a file the parser does not finish must not stop the rest
        int status = ExitCodes.OK;
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                status = Math.max(status, ExitCodes.USAGE);
                continue;
            }
            if (TeiVolumes.isVolume(bytes)) {
                status = Math.max(status, volume(file, bytes, out, err));
                continue;
            }
            switch (parser.parse(file.toString(), bytes)) {
                case ParseOutcome.Accepted a -> out.println(RecordJson.write(a.record()));
                case ParseOutcome.Refused r -> {
                    err.println(r.refusal().describe(file.toString()));
                    status = ExitCodes.DATA;
                }
            }
        }
        out.flush();
        return status;
    }

    /** A TEI volume: one line per document, in the volume's order (the volume's own record is not a document). */
    private static int volume(Path file, byte[] bytes, PrintWriter out, PrintWriter err) {
        switch (TeiVolumes.read(bytes)) {
            case VolumeOutcome.Read v -> {
                for (VolumeDocument d : v.volume().documents()) out.println(RecordJson.write(d.record()));
                return ExitCodes.OK;
            }
            case VolumeOutcome.Refused r -> {
                err.println(r.refusal().describe(file.toString()));
                return ExitCodes.DATA;
            }
        }
    }
}
