package org.fonds.parse.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.fonds.record.Turn;
import org.fonds.parse.contents.Layout;
import org.fonds.parse.text.Chars;

/**
 * Note-takers' lists of those who spoke on an agenda item (spec/RECORD.md, "speakers"): Malin writes
 * the surnames after the item, in parentheses ("(Zhukov, Serov, Konev)", "(Cdes. Zhukov, Bulganin)")
 * or on a line of their own ("Khrushchev, Gromyko" or one name, "Khrushchev", under the item). Such
 * a list names speakers but opens no turn. A list is all names: one word that is not a name
 * ("(Malinin, apparently, became nervous…)") and it is text.
 */
public final class SpeakerLists {
    private static final int MAX_LIST = 400;
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}\\]|\\(\\d{1,3}\\)");
    private static final Pattern AGENDA = Pattern.compile("^(?:(?:[IVX]{1,5}|\\d{1,2})\\. ?)?(?:On|About|Concerning|Regarding) .*");

    private SpeakerLists() {
    }

    /** The names of every such list in the body. */
    public static List<String> find(String body, List<Layout.Paragraph> paragraphs) {
        List<String> names = new ArrayList<>();
        inParentheses(body, names);
        onLines(body, paragraphs, names);
        names.addAll(ItemSpeakers.find(body));
        return names;
    }

    /**
     * The distinct speakers: those who open turns, in order, then those named only in lists, in
     * order (the seeds' expected facts count them so: a list adds speakers, it does not reorder them).
     */
    public static List<String> speakers(List<Turn> turns, List<String> listed) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Turn t : turns) out.addAll(t.speakers());
        out.addAll(listed);
        return new ArrayList<>(out);
    }

    private static void inParentheses(String body, List<String> names) {
        for (int open = body.indexOf('('); open >= 0; open = body.indexOf('(', open + 1)) {
            int close = body.indexOf(')', open + 1);
            if (close < 0) return;
            if (close - open > MAX_LIST) continue;
            String inside = body.substring(open + 1, close);
            if (inside.indexOf('(') >= 0) continue;
            // "… the central question.(Cde. Liu Shaoqi).": titled names closing a remark say who made it
            if (inside.startsWith("Cde") && closesRemark(body, open)) {
                List<String> list = names(inside);
                if (list != null) names.addAll(list);
                continue;
            }
            // "(Cde. Khrushchev, Cde. Liu Shaoqi)" on its own line: each name titled is who was there, not Malin's list of speakers
            if (inside.indexOf("Cde.", 1) > 0) continue;
            List<String> list = names(inside);
            // one name in parentheses ("(Cde. Mikoyan)") marks who said a thing, not a list of speakers
            if (list != null && list.size() >= 2) names.addAll(list);
        }
    }

    /** Whether the parenthesis at {@code open} follows a sentence's full stop in the same paragraph, note markers aside. */
    private static boolean closesRemark(String body, int open) {
        int k = open - 1;
        for (int guard = 0; guard < 4 && k >= 2 && body.charAt(k) == ')' && Character.isDigit(body.charAt(k - 1)); guard++) {
            int marker = body.lastIndexOf('(', k);
            if (marker < 0 || k - marker > 4) break;
            k = marker - 1; // "question.(2)(Cde. …)": the marker is not the remark
        }
        while (k >= 0 && body.charAt(k) == ' ') k--;
        return k > 0 && ".!?".indexOf(body.charAt(k)) >= 0 && body.charAt(k - 1) != '\n';
    }

    private static void onLines(String body, List<Layout.Paragraph> paragraphs, List<String> names) {
        boolean underLabel = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Layout.Paragraph p = paragraphs.get(i);
            // "Present [at the meeting]:" alone on its line, then "Cdes. Khrushchev, …" and "Cdes. Mao Zedong, …": the
            // lines under such a label are who was present (Participants reads them), never a list of those who spoke
            int end = p.end();
            while (end > p.start() && Character.isWhitespace(body.charAt(end - 1))) end--;
            int start = p.start();
            while (start < end && Character.isWhitespace(body.charAt(start))) start++;
            boolean label = end > start && body.charAt(end - 1) == ':';
            boolean titled = body.startsWith("Cdes. ", start);
            underLabel = label || underLabel && titled;
            if (underLabel) continue;
            if (p.end() - p.start() > MAX_LIST || !opensWithCapital(body, p.start(), p.end())) continue; // as names() would refuse it
            if (body.indexOf(':', p.start(), p.end()) >= 0) continue; // so would it a colon, before the paragraph is copied
            String text = body.substring(p.start(), p.end());
            if (text.startsWith("(")) continue; // read as a parenthesised list already
            // "Mr. M.N. Smirnovsky, Minister Counselor, Soviet Embassy": one present, named with his post
            if (org.fonds.parse.contents.NameLines.withPost(body, p.start(), p.end())) continue;
            List<String> list = names(text);
            if (list == null) continue;
            boolean underItem = i > 0 && AGENDA.matcher(body.substring(paragraphs.get(i - 1).start(),
                    paragraphs.get(i - 1).end())).matches() && i + 1 < paragraphs.size();
            // a line of names opening the text, under its heading alone, is who was present (Horvath's "Khrush., Bulg., …")
            boolean opening = i <= 1 && !underItem;
            if ((list.size() >= 2 && !opening) || underItem) names.addAll(list);
        }
    }

    /** Whether the first char of {@code body[start, end)} after white space is a capital: what {@link #names} asks first. */
    private static boolean opensWithCapital(String body, int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) start++;
        return start < end && Character.isUpperCase(body.charAt(start));
    }

    /** The surnames of a comma-separated list that holds only names, or null. */
    private static List<String> names(String list) {
        // a list opens with a capital (or "Cdes."): most paragraphs and parentheses fail here, before any regex
        String lead = list.stripLeading();
        if (lead.isEmpty() || !Character.isUpperCase(lead.charAt(0))) return null;
        if (list.indexOf(':') >= 0) return null; // no marker holds a colon: refused before the markers are removed
        String text = (list.indexOf('[') >= 0 || list.indexOf('(') >= 0 ? MARKER.matcher(list).replaceAll("") : list).strip();
        if (text.endsWith(".")) text = text.substring(0, text.length() - 1);
        if (text.isEmpty() || text.indexOf(':') >= 0) return null;
        List<String> out = new ArrayList<>();
        String first = Chars.firstWord(text, " ,.");
        if (!Labels.mayName(first)) return null; // "To Comrades Khrushchev, Mikoyan, Gromyko" is an address
        // item by item, so that a sentence fails at its first long item without the rest being split
        for (int from = 0; from <= text.length(); ) {
            int comma = text.indexOf(',', from);
            int to = comma < 0 ? text.length() : comma;
            String it = text.substring(from, to).strip();
            from = to + 1;
            if (it.isEmpty()) continue;
            if (moreWordsThan(it, 4)) return null;
            String surname = Names.surname(it);
            if (surname == null || !plausible(it)) return null;
            // "Central Committee Secretary, L. Brezhnev": a signature's post and name, no list of those who spoke
            if (Participants.postWord(surname)) return null;
            out.add(surname);
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * Whether a stripped item has more than {@code most} words, as {@code item.split(" ").length} counts them:
     * counted only until the answer is known, since a sentence's first item (to its first comma) is often long.
     */
    private static boolean moreWordsThan(String item, int most) {
        int n = 1;
        for (int i = item.indexOf(' '); i >= 0; i = item.indexOf(' ', i + 1)) {
            if (++n > most) return true;
        }
        return false;
    }

    /** A list item of one to three name words: no lowercase word but particles, no all-capital acronym. */
    private static boolean plausible(String item) {
        for (String w : item.split(" ")) {
            if (w.isEmpty() || w.equals("and") || w.startsWith("Cde")) continue;
            if (w.length() > 1 && w.equals(w.toUpperCase()) && !w.endsWith(".")) return false;
        }
        return true;
    }
}
