package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.record.ProtocolRef;

/**
 * Finds agenda items in a body. A paragraph of its own that opens with "On", "About",
 * "Consideration of", "Information from", "Exchange of Opinions" (perhaps after a Roman numeral)
 * and holds one short title is an item. In a body run together on one line, or after a Roman
 * numeral anywhere, an item is a run of title-case words at a sentence start ("On Instructions to
 * the Soviet Ambassador in Hungary On the Raising of ..."): it ends at a bracket, a full stop, or
 * where lowercase words begin the next sentence ("... About Imre Nagy Affirm the text").
 */
final class Agenda {
    /** An item and where its heading lies in the body. */
    record Found(AgendaItem item, int start, int end) {
    }

    private static final Pattern PARAGRAPH = Pattern.compile(
            "(?:([IVX]{1,5})\\.\\s+)?(?:On|About|Concerning|Regarding|Consideration of|Information from|Information on"
                    + "|Exchange of Opinions) ");
    /**
     * An item inside a paragraph, after a full stop or a bracket (group 1; its numeral is group 2 or
     * 3). The stop is matched, not looked behind for: a pattern that starts with a look-behind is
     * tried at every character of a body, and this one ran at a third of the whole build.
     */
    private static final Pattern INLINE = Pattern.compile("[.)] ?((?:([IVX]{1,5})\\.\\s+)?On (?:the )?\\p{Lu}"
            + "|([IVX]{1,5})\\.\\s+(?:About|Concerning|Regarding) )");
    /** A bracketed aside without brackets inside, compiled once (String.replaceAll compiled it on every heading). */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    private static final Set<String> SMALL = Set.of("the", "of", "on", "in", "at", "to", "and", "for", "with", "about",
            "from", "by", "a", "an", "or", "concerning", "regarding", "into", "between", "against", "over", "under",
            "toward", "towards", "its", "their", "his", "her");
    private static final Set<String> ABBREVIATIONS = Set.of("Gen.", "Cde.", "Cdes.", "No.", "St.", "Mr.", "Dr.");

    private Agenda() {
    }

    static List<Found> find(String body, List<ProtocolRef> protocols) {
        List<Found> found = new ArrayList<>();
        boolean runTogether = body.indexOf("\n\n") < 0;
        // the paragraphs split on "\n\n" as String.split(.., -1) cuts them, by position: no copy of each
        for (int from = 0; ; ) {
            int cut = body.indexOf("\n\n", from);
            paragraph(body, from, cut < 0 ? body.length() : cut, runTogether, found);
            if (cut < 0) break;
            from = cut + 2;
        }
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return withProtocolPoint(found, protocols);
    }

    private static void paragraph(String body, int start, int end, boolean runTogether, List<Found> found) {
        Matcher m = PARAGRAPH.matcher(body).region(start, end);
        if (m.lookingAt()) {
            int stop = ownHeadingEnd(body, start, end);
            if (stop > 0) found.add(item(body, start, stop, m.group(1)));
        }
        Matcher inline = INLINE.matcher(body);
        int at = start + 1;
        while (at < end && nextItem(inline, at, end)) {
            String numeral = inline.group(2) != null ? inline.group(2) : inline.group(3);
            int itemStart = inline.start(1);
            if (!runTogether && numeral == null) {
                at = inline.end();
                continue;
            }
            int stop = runEnd(body, itemStart, end);
            found.add(item(body, itemStart, stop, numeral));
            at = Math.max(stop, itemStart + 1);
            // "... in Hungary On the Raising ...": a second item straight after the first
            while (secondItem(body, at)) {
                int next = runEnd(body, at + 1, end);
                found.add(item(body, at + 1, next, null));
                at = next;
            }
        }
    }

    /** Finds the next inline item that starts at or after {@code at}; its stop may be up to two characters before. */
    private static boolean nextItem(Matcher inline, int at, int end) {
        int from = Math.max(0, at - 2);
        while (from < end && inline.region(from, end).find()) {
            if (inline.start(1) >= at) return true;
            from = inline.start() + 1;
        }
        return false;
    }

    private static boolean secondItem(String body, int at) {
        return body.startsWith(" On ", at) && at + 4 < body.length()
                && (Character.isUpperCase(body.charAt(at + 4)) || body.startsWith("the ", at + 4));
    }

    private static Found item(String body, int start, int end, String numeral) {
        String title = body.substring(start, end).strip();
        if (numeral != null) title = title.substring(numeral.length() + 1).strip();
        return new Found(new AgendaItem(numeral, title), start, end);
    }

    /** The end of a heading that is a whole paragraph, or -1 when the paragraph says more than a title. */
    private static int ownHeadingEnd(String body, int start, int end) {
        int stop = start;
        while (stop < end && body.charAt(stop) != '(' && !(body.charAt(stop) == '.' && sentenceEnd(body, start, stop))) {
            stop++;
        }
        String rest = BRACKETED.matcher(body.substring(stop, end)).replaceAll("").replace(".", "").strip();
        if (!rest.isEmpty() || stop - start > 150) return -1;
        int lowercase = 0;
        for (String word : body.substring(start, stop).split("\\s+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !SMALL.contains(word)) lowercase++;
        }
        return lowercase <= 1 ? stop : -1;
    }

    /** The end of a title-case run starting at {@code start}; see the class comment. */
    private static int runEnd(String body, int start, int limit) {
        List<int[]> tokens = new ArrayList<>(); // {start, end}
        int i = start;
        while (i < limit) {
            while (i < limit && body.charAt(i) == ' ') i++;
            int s = i;
            while (i < limit && body.charAt(i) != ' ' && body.charAt(i) != '(' && body.charAt(i) != '\n') i++;
            if (s == i) return tokens.isEmpty() ? s : tokens.get(tokens.size() - 1)[1];
            String word = body.substring(s, i);
            boolean first = tokens.isEmpty() || (tokens.size() == 1 && word.equals("On"));
            if (!first && word.equals("On")) return tokens.get(tokens.size() - 1)[1];
            if (word.endsWith(".") && !ABBREVIATIONS.contains(word) && !(tokens.isEmpty() && roman(word))) {
                return i - 1;
            }
            if (word.endsWith(":") || word.endsWith(";")) return i - 1;
            if (Character.isLowerCase(word.charAt(0)) && !SMALL.contains(word)) return backOff(body, tokens);
            tokens.add(new int[] {s, i});
            if (i < limit && body.charAt(i) != ' ') return i; // a bracket or line end
        }
        return tokens.isEmpty() ? start : tokens.get(tokens.size() - 1)[1];
    }

    /** "IV." opening a numbered item. */
    private static boolean roman(String word) {
        for (int i = 0; i < word.length() - 1; i++) {
            if ("IVX".indexOf(word.charAt(i)) < 0) return false;
        }
        return word.length() > 1;
    }

    /** Drops the next sentence's first words: small words, one capitalised word, and a "Cde." before it. */
    private static int backOff(String body, List<int[]> tokens) {
        trimSmall(body, tokens);
        if (tokens.size() > 2 && Character.isUpperCase(body.charAt(tokens.get(tokens.size() - 1)[0]))) {
            tokens.remove(tokens.size() - 1);
            String last = word(body, tokens.get(tokens.size() - 1));
            if (last.equals("Cde.") || last.equals("Cdes.")) tokens.remove(tokens.size() - 1);
        }
        trimSmall(body, tokens);
        return tokens.get(tokens.size() - 1)[1];
    }

    private static void trimSmall(String body, List<int[]> tokens) {
        while (tokens.size() > 1 && SMALL.contains(word(body, tokens.get(tokens.size() - 1)))) tokens.remove(tokens.size() - 1);
    }

    private static String word(String body, int[] token) {
        return body.substring(token[0], token[1]);
    }

    /** A full stop that ends a sentence: not after an abbreviation or an initial. */
    static boolean sentenceEnd(String body, int from, int dot) {
        int s = dot;
        // bounded: an abbreviation or initial is short, and scanning back to the last space from every
        // dot made a megabyte without spaces quadratic (issue 15)
        while (s > from && dot - s < 16 && body.charAt(s - 1) != ' ') s--;
        String word = body.substring(s, dot + 1);
        boolean initial = word.length() == 2 && Character.isUpperCase(word.charAt(0));
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static List<Found> withProtocolPoint(List<Found> found, List<ProtocolRef> protocols) {
        if (found.isEmpty() || found.get(0).item.point() != null || protocols.size() != 1) return found;
        String point = protocols.get(0).point();
        if (point == null) return found;
        List<Found> out = new ArrayList<>(found);
        Found first = found.get(0);
        out.set(0, new Found(new AgendaItem(point, first.item.title()), first.start, first.end));
        return out;
    }
}
