package org.fonds.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"Serve the archive over HTTP on this machine until stopped (Ctrl-C):",
        "the reading room at /, the JSON API under /api, OAI-PMH at /oai, a sitemap at /sitemap.xml."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Mixin
    IndexOption index;
    @Mixin
    Publication publication;
    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port;
    @Option(names = "--training-run", hidden = true,
            description = "read the home page, a search and a document once, then stop (the launcher's start-up cache is made of such a run)")
    boolean trainingRun;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        if (trainingRun) return TrainingRun.run(home.open(index), publication, spec.commandLine().getOut());
        publication.serveUntilStopped(home.open(index), port, bound -> {
            spec.commandLine().getOut().println("http://127.0.0.1:" + bound + "/");
            spec.commandLine().getOut().flush();
        });
        return ExitCodes.OK;
    }
}
