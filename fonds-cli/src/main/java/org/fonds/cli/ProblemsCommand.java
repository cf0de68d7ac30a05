package org.fonds.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fonds.archive.Archive;
import org.fonds.ingest.RecordProblem;
import org.fonds.record.stored.KeptProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "problems", description = {"List the inputs ingest refused, kept byte for byte in HOME/problems",
        "(one line each: digest, code, file:line, reason), then the stored documents that the index or the",
        "derived tables went on without (id, not-indexed or not-in-tables, stage, reason)."})
final class ProblemsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Archive archive = home.openForReading(null)) {
            for (KeptProblem p : archive.documents().problems()) {
                out.println(p.digest().substring(0, 16) + "\t" + p.code() + "\t" + p.where() + "\t" + p.message());
            }
            // stored, but a later stage went on without them: the document's id in place of a digest
            for (RecordProblem p : archive.documents().skipped()) {
                out.println(p.id() + "\t" + p.code() + "\t" + p.stage() + "\t" + p.reason());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
