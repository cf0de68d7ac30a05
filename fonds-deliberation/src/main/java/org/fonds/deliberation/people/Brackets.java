package org.fonds.deliberation.people;

import org.fonds.deliberation.people.Runs.Run;

/** Editors' square brackets that supply a name's first part: "[Istvan] Kovacs", "[KGB chief Ivan] Serov". */
final class Brackets {
    private Brackets() {
    }

    /** How many words of a bracket may join the name after it. */
    private static final int GIVEN = 2;

    /**
     * The given names at the end of a bracketed run: "Frol" of "CPSU CC Politburo Member Frol",
     * "Mikhail S." of "Gen. Mikhail S."; stops at a title, an acronym or a general word.
     */
    static String givenPart(String run) {
        java.util.List<String> tokens = PersonName.tokens(run);
        int from = tokens.size();
        while (from > 0 && tokens.size() - from < GIVEN && given(tokens.get(from - 1))) from--;
        return String.join(" ", tokens.subList(from, tokens.size()));
    }

    private static boolean given(String token) {
        if (PersonName.isInitial(token)) return true;
        if (PersonName.isTitle(token) || !PersonName.isGivenWord(token) || token.length() < 2) return false;
        String folded = Fold.fold(token);
        return !token.equals(token.toUpperCase(java.util.Locale.ROOT)) && !Vocabulary.general(folded)
                && !Offices.office(folded);
    }

    /** True when {@code run} ends a bracket that closes right before {@code next}: "Ivan] Serov". */
    static boolean givesNext(String text, Run run, Run next) {
        int k = run.end();
        return k + 1 < text.length() && text.charAt(k) == ']' && text.charAt(k + 1) == ' ' && next.start() == k + 2;
    }
}
