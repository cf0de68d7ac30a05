package org.fonds.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fonds.store.ArchiveHome;
import org.fonds.store.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "problems", description = {"List the inputs ingest refused, kept byte for byte in HOME/problems.",
        "One line each: digest, code, file:line, reason."})
final class ProblemsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Problems.Problem> list = new Problems(new ArchiveHome(home.existing())).list();
        for (Problems.Problem p : list) {
            String where = p.line() > 0 ? p.sourcePath() + ":" + p.line() : p.sourcePath();
            out.println(p.digest().substring(0, 16) + "\t" + p.code() + "\t" + where + "\t" + p.message());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
