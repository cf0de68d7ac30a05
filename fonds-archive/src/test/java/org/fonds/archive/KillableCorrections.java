package org.fonds.archive;

import java.nio.file.Path;
import java.util.List;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Role;

/** Corrections of one record, one after another until killed, in a process of its own for {@link CorrectionCrashTest}: {@code HOME ID}. */
public final class KillableCorrections {
    private KillableCorrections() {
    }

    public static void main(String[] args) {
        Account editor = new Account("historian", Role.EDITOR, "x");
        try (Archive archive = Archive.open(Path.of(args[0]), null, "crash test")) {
            archive.documents().record(args[1]).orElseThrow();
            System.out.println("started");
            System.out.flush();
            for (int i = 0; ; i++) {
                long start = System.nanoTime();
                archive.correct(RecordCorrection.set(args[1], "title", List.of("Title " + System.nanoTime()), "correction " + i), editor);
                System.out.println("corrected in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
    }
}
