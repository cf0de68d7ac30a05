package org.fonds.cli;

import picocli.CommandLine;

/** Entry point: builds the command tree and exits with the command's status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FondsCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("fonds: " + e.getMessage());
            // a store that is busy or unreadable is the user's to fix, not a bug
            return e instanceof org.fonds.store.StoreException ? ExitCodes.PROBLEMS : ExitCodes.SOFTWARE;
        });
        return cl;
    }
}
