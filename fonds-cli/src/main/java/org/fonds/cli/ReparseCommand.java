package org.fonds.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fonds.archive.Archive;
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
        PrintWriter err = spec.commandLine().getErr();
        try (Archive archive = home.openExisting(index)) {
            Archive.Reparsed done = archive.reparse(err::println);
            spec.commandLine().getOut().println(done.report().line());
            spec.commandLine().getOut().flush();
            Lines.print(err, done.tables().lines());
            return done.tables().complete() && done.report().failed() == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
