package org.fonds.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "Make a sample collection and show it (not yet).")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.SOFTWARE;
    }
}
