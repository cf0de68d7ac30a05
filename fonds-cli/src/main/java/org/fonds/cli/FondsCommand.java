package org.fonds.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

@Command(name = "fonds", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "An archive engine for translated historical primary sources.")
final class FondsCommand implements Runnable {
    /**
     * The commands, by name, in the order the usage lists them. Not in the annotation: picocli
     * builds every command it is given by reflection before it reads the arguments, and a command
     * line that names one needs only that one ({@link Main#commandLine(String...)}); {@code serve}
     * starts sooner for it.
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("parse", ParseCommand::new);
        c.put("lint", LintCommand::new);
        c.put("generate", GenerateCommand::new);
        c.put("ingest", IngestCommand::new);
        c.put("show", ShowCommand::new);
        c.put("verify", VerifyCommand::new);
        c.put("reindex", ReindexCommand::new);
        c.put("reparse", ReparseCommand::new);
        c.put("search", SearchCommand::new);
        c.put("tables", TablesCommand::new);
        c.put("solr-init", SolrInitCommand::new);
        c.put("serve", ServeCommand::new);
        c.put("problems", ProblemsCommand::new);
        c.put("demo", DemoCommand::new);
        c.put("user", UserCommand::new);
        return Collections.unmodifiableMap(c);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
