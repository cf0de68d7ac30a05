package org.fonds.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --home DIR}, taken by every command: the archive home (default $FONDS_HOME, else ~/.fonds). */
final class HomeOption {
    @Option(names = "--home", paramLabel = "DIR", description = "archive home (default: $FONDS_HOME, else ~/.fonds)")
    Path home;

    /**
     * The home, for a command that only reads it (verify, show, search, problems): a path with no
     * archive home there is wrong usage, not an empty archive. Such commands once made a home at a
     * mistyped path and reported "all well" (issue 15).
     */
    Path existing() {
        Path p = home();
        if (!java.nio.file.Files.isDirectory(new org.fonds.store.ArchiveHome(p).ocfl())) {
            throw new UsageError("no archive home at " + p + " (no ocfl/ folder there); give --home, or ingest files to make one");
        }
        return p;
    }

    Path home() {
        if (home != null) return home;
        String env = System.getenv("FONDS_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".fonds");
    }
}
