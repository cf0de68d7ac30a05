package org.fonds.deliberation.people;

import org.fonds.deliberation.people.Runs.Run;

/**
 * The French "M." (Monsieur) before a surname, in a text that writes "Monsieur" in full elsewhere: "with
 * Monsieur Pineau ... M. Pineau and I ... M. Alphand said" (a FRUS memorandum of conversation at the French
 * Embassy, 1956, people31). Read as an initial, "M. Pineau" was a person apart from the "Pineau" and "C.
 * Pineau" of the same man. Without "Monsieur" in the text "M." stays an initial: "M. Gorbachev", "M. S.
 * Gorbachev" are Mikhail's.
 */
final class FrenchMonsieur {
    private FrenchMonsieur() {
    }

    /** True when {@code text} writes the title in full, so that its "M." before a surname is that title. */
    static boolean writes(String text) {
        return text.contains("Monsieur ");
    }

    /** The surname of a run "M. Pineau" (the title and one word, nothing else), as a run; null for any other run. */
    static Run surname(Run run) {
        String t = run.text();
        if (!t.startsWith("M. ") || t.indexOf(' ', 3) >= 0 || t.length() < 5 || !Character.isUpperCase(t.charAt(3))) return null;
        return new Run(t.substring(3), run.start() + 3, run.end());
    }
}
