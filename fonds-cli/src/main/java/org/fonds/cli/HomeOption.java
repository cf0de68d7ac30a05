package org.fonds.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --home DIR}, taken by every command: the archive home (default $FONDS_HOME, else ~/.fonds). */
final class HomeOption {
    @Option(names = "--home", paramLabel = "DIR", description = "archive home (default: $FONDS_HOME, else ~/.fonds)")
    Path home;

    Path home() {
        if (home != null) return home;
        String env = System.getenv("FONDS_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".fonds");
    }
}
