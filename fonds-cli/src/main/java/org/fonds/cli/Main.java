package org.fonds.cli;

import org.fonds.error.FondsException;
import org.fonds.web.WebServer;
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
        // a server's start is timed to its first page: what it will need is set up beside the parsing of its arguments
        if (args.length > 0 && args[0].equals("serve")) WebServer.prepareAhead();
        System.exit(commandLine(args).execute(args));
    }

    /** Every command: for the usage, and for a command line that names none (or one that does not exist). */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command tree for {@code args}: where the first argument names a command, that command
     * alone (its own help and errors are the same), else all of them, so that the usage, a
     * misspelt command's suggestions and {@code --version} are as before.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new FondsCommand());
        var named = args.length > 0 ? FondsCommand.COMMANDS.get(args[0]) : null;
        if (named != null) cl.addSubcommand(named.get());
        else FondsCommand.COMMANDS.values().forEach(c -> cl.addSubcommand(c.get()));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("fonds: " + e.getMessage());
            return e instanceof FondsException f ? ExitCodes.of(f.kind()) : ExitCodes.SOFTWARE;
        });
        return cl;
    }
}
