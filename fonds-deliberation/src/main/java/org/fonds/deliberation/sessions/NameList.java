package org.fonds.deliberation.sessions;

import java.util.List;

/**
 * Reads a list of names as tasks write them, by hand and in one pass (no regular expression with
 * nested repetition, so a list of hundreds of names takes time in proportion to its length):
 * "Cdes. Suslov, Brezhnev", "Furtseva, Pospelov, Shepilov, and Elyutin", "Cde. A. I. Mikoyan".
 */
final class NameList {
    /** A name of more words than this is no name. */
    private static final int MAX_WORDS = 4;

    private NameList() {
    }

    /**
     * Reads the list that starts at {@code from} into {@code out} (titles dropped) and returns where
     * it ends, or -1 when no name starts there.
     */
    static int read(String s, int from, List<String> out) {
        java.util.Set<String> seen = new java.util.HashSet<>(out);
        int k = from;
        int end = -1;
        while (true) {
            k = skipTitle(s, k);
            int nameEnd = name(s, k);
            if (nameEnd < 0) return end;
            String name = s.substring(k, nameEnd);
            if (seen.add(name)) out.add(name);
            end = nameEnd;
            int next = separator(s, nameEnd);
            if (next < 0) return end;
            k = next;
        }
    }

    private static int skipTitle(String s, int k) {
        for (String t : new String[] {"Cdes. ", "Cde. ", "Cdes.", "Cde.", "Comrades ", "Comrade "}) {
            if (s.startsWith(t, k)) return k + t.length();
        }
        return k;
    }

    /** Initials and capitalised words ("A. I. Mikoyan", "Liu Shaoqi"); -1 when none starts at k. */
    private static int name(String s, int k) {
        int i = k;
        int words = 0;
        int end = -1;
        while (i < s.length() && words < MAX_WORDS && Character.isUpperCase(s.charAt(i))) {
            int j = i + 1;
            // no hyphens: in "Furtseva-We should" the hyphen is a label's dash
            while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'' || s.charAt(j) == '’')) j++;
            words++;
            boolean initial = j < s.length() && s.charAt(j) == '.' && j - i <= 2;
            if (initial) {
                j++;
                if (j < s.length() && s.charAt(j) == ' ') j++;
                i = j;
                continue;
            }
            end = j;
            if (j + 1 < s.length() && s.charAt(j) == ' ' && Character.isUpperCase(s.charAt(j + 1)) && !separatorWord(s, j + 1)) {
                i = j + 1;
                continue;
            }
            break;
        }
        return end;
    }

    private static boolean separatorWord(String s, int k) {
        return s.startsWith("Cde", k);
    }

    /** After a name: ", ", " and ", ", and "; the index of the next item, or -1. */
    private static int separator(String s, int k) {
        // "+" joins a group named by kind ("+ Hungarian comrades"): the names end before it
        if (s.startsWith(", +", k) || s.startsWith(" +", k)) return -1;
        for (String sep : new String[] {", and ", " and ", ", "}) {
            if (s.startsWith(sep, k) && k + sep.length() < s.length()) {
                int next = k + sep.length();
                char c = s.charAt(next);
                if (Character.isUpperCase(c)) return next;
            }
        }
        return -1;
    }
}
