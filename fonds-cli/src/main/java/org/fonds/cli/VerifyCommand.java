package org.fonds.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.fonds.archive.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = {"Check every stored object (OCFL structure, the digest of every file)",
        "that the index holds exactly the stored documents at their latest versions, and that the",
        "derived tables are up to date.",
        "Prints one problem per line, nothing when clean; exit 1 when there is a problem."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Mixin
    IndexOption index;

    @Override
    public Integer call() {
        try (Archive archive = home.openForReading(index)) {
            List<String> problems = archive.verify();
            Lines.print(spec.commandLine().getOut(), problems);
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
