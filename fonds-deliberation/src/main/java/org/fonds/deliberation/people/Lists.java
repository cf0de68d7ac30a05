package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.fonds.deliberation.people.Runs.Run;

/**
 * Lists of names: "Those Taking Part" and "with Participation by" spans, Malin's parenthesised
 * speakers after an agenda item ("(Khrushchev, Voroshilov, Zhukov)"), a line that holds nothing but
 * names ("Khrush., Bulg., Vorosh., Mikoyan, Brezhnev"; "Khrushchev, Gromyko,"), and the names that
 * continue a "Cdes." ("Cdes. Pospelov, Shepilov, and Ponomarev").
 */
final class Lists {
    /** A list longer than this is not a list of speakers. */
    private static final int MAX_LIST = 400;
    /** How long a label before a list may be ("Those Taking Part:"). */
    private static final int HEADER = 40;

    /**
     * NONE; a parenthesised list of speakers; a line of names; one name alone in brackets ("(Stuart)");
     * one name alone on the text's last line (a signature).
     */
    enum Kind { NONE, PARENTHESISED, LINE, ALONE, SIGNATURE }

    private Lists() {
    }

    /** A gap longer than this does not join two items of a list, asides and markers included. */
    private static final int MAX_GAP = 24;

    /** True when only ", ", " and ", ", and " or " + " lie between two runs (note markers and "[Cz]" asides aside). */
    static boolean joins(String text, int from, int to) {
        if (from < 0 || to < from || to - from > MAX_GAP) return false;
        String raw = text.substring(from, to);
        // a spaced dash or a bar between names: Horvath's jotted cabinet list ("Munnich — Apro | Hidas")
        if (raw.equals(" — ") || raw.equals(" – ") || raw.equals(" | ")) return true;
        return separator(plainGap(raw));
    }

    private static boolean separator(String gap) {
        return gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("+") || gap.equals(", +")
                || gap.equals("&") || gap.equals(";");
    }

    /** The gap without note markers (private-use characters) and short bracketed asides, stripped. */
    private static String plainGap(String gap) {
        StringBuilder out = new StringBuilder(gap.length());
        int depth = 0;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '[') depth++;
            else if (c == ']' && depth > 0) depth--;
            else if (depth == 0 && Character.getType(c) != Character.PRIVATE_USE) out.append(c);
        }
        return out.toString().strip();
    }

    /** Whether {@code run} is one item of a parenthesised list or of a line of names. */
    static Kind listAround(String text, Run run) {
        return listAround(text, run, new HashMap<>());
    }

    /**
     * As {@link #listAround(String, Run)}, with the kinds of the spans already judged in {@code seen}
     * (by span), so that the items of one long line or bracket are judged once, not once each.
     */
    static Kind listAround(String text, Run run, Map<Long, Kind> seen) {
        int open = run.start() - 1;
        while (open >= 0 && run.start() - open < MAX_LIST && "()\n".indexOf(text.charAt(open)) < 0) open--;
        int close = run.end();
        while (close < text.length() && close - run.end() < MAX_LIST && "()\n".indexOf(text.charAt(close)) < 0) close++;
        boolean paren = open >= 0 && text.charAt(open) == '(' && close < text.length() && text.charAt(close) == ')';
        boolean line = (open < 0 || text.charAt(open) == '\n') && (close >= text.length() || text.charAt(close) == '\n');
        if (!paren && !line) return Kind.NONE;
        final int from = open;
        final int to = close;
        return seen.computeIfAbsent(((long) from << 32) | (to & 0xffffffffL), k -> judge(text, from, to, paren, line));
    }

    private static Kind judge(String text, int open, int close, boolean paren, boolean line) {
        String inner = text.substring(open + 1, close);
        if (paren && alone(inner)) return Kind.ALONE;
        if (line && alone(inner)) return close >= text.strip().length() || text.substring(close).isBlank() ? Kind.SIGNATURE : Kind.NONE;
        return onlyNames(inner) ? (paren ? Kind.PARENTHESISED : Kind.LINE) : Kind.NONE;
    }

    /** One name of one or two words and nothing else. */
    private static boolean alone(String inner) {
        List<Run> runs = Runs.find(inner);
        if (runs.size() != 1 || !inner.strip().equals(runs.get(0).text())) return false;
        String only = runs.get(0).text();
        PersonName n = PersonName.parse(only);
        return n != null && n.given().size() <= 1 && !only.equals(only.toUpperCase(Locale.ROOT));
    }

    /** Two names or more and nothing else but list punctuation, after a label such as "Present:". */
    private static boolean onlyNames(String inner) {
        int colon = inner.indexOf(':');
        int from = colon >= 0 && colon < HEADER ? colon + 1 : 0;
        List<Run> runs = Runs.find(inner.substring(from));
        if (runs.size() < 2) return false;
        String items = inner.substring(from);
        int at = 0;
        for (Run r : runs) {
            String gap = plainGap(items.substring(at, r.start()));
            if (at > 0 && gap.isEmpty() && r.text().length() == 1 && Character.isUpperCase(r.text().charAt(0))) {
                at = r.end(); // "Ryzhkov N.I,": the last initial of the name before, its dot left out
                continue;
            }
            if (at > 0 && !separator(gap)) return false;
            if (at == 0 && !gap.isEmpty() && !gap.equals("—") && !gap.equals("-") && !lowerTitle(gap)) return false;
            // "Chebrikov, V.M.,": the initials of the name before, written after it and a comma
            if (PersonName.parse(r.text()) == null && !(at > 0 && initials(r.text()))) return false;
            at = r.end();
        }
        String tail = plainGap(items.substring(at));
        return tail.isEmpty() || tail.equals(",") || tail.equals(".");
    }

    /** "V.M.", "A. I.": initials and nothing else. */
    private static boolean initials(String run) {
        List<String> tokens = PersonName.tokens(run);
        for (String t : tokens) if (!PersonName.isInitial(t)) return false;
        return !tokens.isEmpty();
    }

    /**
     * A title in lower case before a list's first name: "Attending: com Aliev G.A., Gromyko A.A.",
     * "In attendance: comrs. G.A. Aliev" (the Politburo's working records of the 1980s, probe 19).
     */
    private static boolean lowerTitle(String gap) {
        return LOWER_TITLES.contains(gap.endsWith(".") ? gap.substring(0, gap.length() - 1) : gap);
    }

    private static final java.util.Set<String> LOWER_TITLES = java.util.Set.of("com", "comr", "comrs", "cde", "cdes", "comrade", "comrades");

    /** "Those Taking Part: ..." up to its end, and the title's "with Participation by ...". */
    static List<int[]> participation(String text) {
        List<int[]> spans = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf("those taking part"); at >= 0; at = lower.indexOf("those taking part", at + 1)) {
            int end = at;
            while (end < text.length() && text.charAt(end) != '\n' && !listEnds(text, end)) end++;
            spans.add(new int[] {at, end});
        }
        int at = lower.indexOf("with participation by ");
        if (at >= 0) {
            int from = at + "with participation by ".length();
            int to = from;
            while (to < text.length() && to - from < 200 && "(\n".indexOf(text.charAt(to)) < 0
                    && !text.startsWith("Those", to)) {
                to++;
            }
            spans.add(new int[] {from, to});
        }
        return spans;
    }

    /** A period that ends the list: not one before a "Cdes." continuation. */
    private static boolean listEnds(String text, int i) {
        return text.charAt(i) == '.' && !text.startsWith(". Cdes.", i) && !text.startsWith(".Cdes.", i);
    }

    static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) return true;
        }
        return false;
    }
}
