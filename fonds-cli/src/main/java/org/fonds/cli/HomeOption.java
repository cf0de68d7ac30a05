package org.fonds.cli;

import java.nio.file.Path;
import org.fonds.archive.Archive;
import org.fonds.web.room.ReadingRoom;
import picocli.CommandLine.Option;

/** {@code --home DIR}, taken by every command: the archive home (default $FONDS_HOME, else ~/.fonds). */
final class HomeOption {
    @Option(names = "--home", paramLabel = "DIR", description = "archive home (default: $FONDS_HOME, else ~/.fonds)")
    Path home;

    /**
     * The home, made when it does not exist yet (ingest, serve). Its writing operations make the
     * reading room's first page after they commit, so that the next {@code serve} takes its answers.
     */
    Archive open(IndexOption index) {
        return Archive.open(home(), index == null ? null : index.backend(), Version.text()).keepingFirstPage(ReadingRoom::firstPage);
    }

    /**
     * The home, for a command that works on what it holds (reparse): a path with no archive home there is wrong usage, not an empty archive.
     * Such commands once made a home at a mistyped path and reported "all well" (issue 15).
     */
    Archive openExisting(IndexOption index) {
        return Archive.openExisting(home(), index == null ? null : index.backend(), Version.text()).keepingFirstPage(ReadingRoom::firstPage);
    }

    /** The home, to read only: nothing there is created or written (verify, show, search, problems). */
    Archive openForReading(IndexOption index) {
        return Archive.openForReading(home(), index == null ? null : index.backend());
    }

    Path home() {
        if (home != null) return home;
        String env = System.getenv("FONDS_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".fonds");
    }
}
