package org.fonds.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "generate", description = "Write synthetic export files (not yet).")
final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.SOFTWARE;
    }
}
