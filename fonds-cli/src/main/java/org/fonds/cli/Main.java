package org.fonds.cli;

import org.fonds.error.FondsException;
import picocli.CommandLine;

/** Entry point: builds the command tree and exits with the command's status. */
public final class Main {
    private Main() {
    }

    /**
     * Lucene tells, at its first search, that the JDK's incubating vector module is not enabled; a
     * historian's terminal is no place for that, and enabling an incubator module prints its own
     * warning. Held here so the logger, and its level, are not collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FondsCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("fonds: " + e.getMessage());
            return e instanceof FondsException f ? ExitCodes.of(f.kind()) : ExitCodes.SOFTWARE;
        });
        return cl;
    }
}
