package org.fonds.archive;

import java.nio.file.Path;
import java.util.List;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Role;

/**
 * Corrections, one after another until killed, in a process of its own for {@link CorrectionCrashTest}:
 * {@code HOME ID [title|decision|people]}. {@code title} (the default) sets the record's title;
 * {@code decision} adds {@link #DECISION} to the record when it is not there and removes it when it
 * is; {@code people} renames the person {@code ID} to {@link #RENAMED} and back, in turn.
 */
public final class KillableCorrections {
    static final String DECISION = "Form a new revolutionary government.";
    static final String RENAMED = "Marjai József";
    static final String PARSED_NAME = "József Marjai";

    private KillableCorrections() {
    }

    public static void main(String[] args) {
        Account editor = new Account("historian", Role.EDITOR, "x");
        String mode = args.length > 2 ? args[2] : "title";
        try (Archive archive = Archive.open(Path.of(args[0]), null, "crash test")) {
            if (!mode.equals("people")) archive.documents().record(args[1]).orElseThrow();
            System.out.println("started");
            System.out.flush();
            for (int i = 0; ; i++) {
                long start = System.nanoTime();
                switch (mode) {
                    case "people" -> archive.correctPeople(PeopleCorrection.rename(args[1],
                            archive.peopleChanges().size() % 2 == 0 ? RENAMED : PARSED_NAME, "correction " + i), editor);
                    case "decision" -> archive.correct(added(archive, args[1])
                            ? ResolutionCorrection.remove(args[1], "decision", List.of(DECISION), "correction " + i)
                            : ResolutionCorrection.add(args[1], "decision", List.of(DECISION), "correction " + i), editor);
                    default -> archive.correct(RecordCorrection.set(args[1], "title", List.of("Title " + System.nanoTime()), "correction " + i), editor);
                }
                System.out.println("corrected in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
    }

    /** Whether the decision stands in the record now: its corrections alternate add and remove, so an odd count means added. */
    static boolean added(Archive archive, String id) {
        return archive.documents().record(id).orElseThrow().corrections().size() % 2 == 1;
    }
}
