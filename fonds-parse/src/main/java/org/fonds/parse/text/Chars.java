package org.fonds.parse.text;

/**
 * Small trims and removals by a set of chars. {@code String.replaceAll} compiles its pattern at
 * every call, which costs more than the rest of the work on a citation; these do not.
 */
public final class Chars {
    private Chars() {
    }

    /** {@code s} without trailing chars from {@code set}. */
    public static String trimEnd(String s, String set) {
        int end = s.length();
        while (end > 0 && set.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end);
    }

    /** {@code s} without leading chars from {@code set}. */
    public static String trimStart(String s, String set) {
        int start = 0;
        while (start < s.length() && set.indexOf(s.charAt(start)) >= 0) start++;
        return s.substring(start);
    }

    /**
     * {@code s} up to the first char from {@code stops}, or all of it: {@code s.split("[" + stops + "]", 2)[0]}
     * without compiling a pattern at every call.
     */
    public static String firstWord(String s, String stops) {
        for (int i = 0; i < s.length(); i++) {
            if (stops.indexOf(s.charAt(i)) >= 0) return s.substring(0, i);
        }
        return s;
    }

    /** {@code s} with every char from {@code set} removed and en or em dashes made hyphens. */
    public static String compactRange(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') continue;
            out.append(c == '–' || c == '—' ? '-' : c);
        }
        return out.toString();
    }
}
