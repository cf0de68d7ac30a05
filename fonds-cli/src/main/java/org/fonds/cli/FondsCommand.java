package org.fonds.cli;

import picocli.CommandLine.Command;

@Command(name = "fonds", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "An archive engine for translated historical primary sources.",
        subcommands = {ParseCommand.class, LintCommand.class, GenerateCommand.class, IngestCommand.class,
                ShowCommand.class, VerifyCommand.class, ReindexCommand.class, ReparseCommand.class, SearchCommand.class, TablesCommand.class, SolrInitCommand.class, ServeCommand.class, ProblemsCommand.class, DemoCommand.class, UserCommand.class})
final class FondsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
