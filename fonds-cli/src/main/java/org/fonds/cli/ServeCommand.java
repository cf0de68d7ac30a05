package org.fonds.cli;

import java.util.concurrent.Callable;
import org.fonds.store.ArchiveHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"Serve the archive over HTTP on this machine until stopped (Ctrl-C).",
        "For now the JSON API (/api/documents/ID, .../versions, .../source) and /health; the reading room comes next."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Mixin
    IndexOption index;
    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        Archives.serveUntilStopped(new ArchiveHome(home.home()), index, port, bound -> {
            spec.commandLine().getOut().println("http://127.0.0.1:" + bound + "/");
            spec.commandLine().getOut().flush();
        });
        return ExitCodes.OK;
    }
}
