package org.fonds.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.web.WebServer;
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
    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        OcflStore store = OcflStore.open(new ArchiveHome(home.home()));
        WebServer server = new WebServer(store);
        int bound = server.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("http://127.0.0.1:" + bound + "/");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
