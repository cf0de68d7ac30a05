package org.fonds.parse.contents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.MappedText;

/**
 * Finds note markers in the contents: "(1)", "( 2)", "(12)", "[3]" and superscript digits, for
 * notes that exist (spec/RECORD.md), in any order: a note may be referred to twice. "1)" without
 * its opening parenthesis is an enumerator. A marker-like number past the last note, right after
 * the markers before it, is reported as a marker without a note.
 * Accepted markers are replaced by one private-use char each (see {@link Marks}).
 */
final class NoteMarkers {
    private static final Pattern CANDIDATE = Pattern.compile("(?=[(\\[⁰¹²³⁴⁵⁶⁷⁸⁹])(?:\\( ?(\\d{1,3}) ?\\)|\\[(\\d{1,3})\\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))");

    record Result(MappedText text, List<Contents.OrphanMarker> orphans) {
    }

    private NoteMarkers() {
    }

    static Result mark(MappedText in, int from, int to, Set<Integer> notes) {
        MappedText out = new MappedText(to - from);
        List<Contents.OrphanMarker> orphans = new ArrayList<>();
        Matcher m = org.fonds.parse.text.Anchors.matcher(CANDIDATE, in);
        int copied = from;
        int last = 0;
        int lastOrphan = 0;
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            if (c == '(' || c == '[') {
                char d = i + 1 < to ? in.charAt(i + 1) : ' ';
                if (d == ' ' && i + 2 < to) d = in.charAt(i + 2);
                if (d < '0' || d > '9') continue;
            } else if (!Marks.isSuperscriptDigit(c)) {
                continue;
            }
            if (!org.fonds.parse.text.Anchors.matchesAt(m, i, to)) continue;
            i = m.end() - 1;
            int n = number(m, in);
            if (n < 1 || n > Marks.MAX_MARKER) continue;
            if (notes.contains(n)) {
                out.append(in, copied, m.start());
                out.append(Marks.marker(n), in.originAt(m.start()));
                copied = m.end();
                last = Math.max(last, n);
            } else if (n > last && n == Math.max(last, lastOrphan) + 1 && looksAttached(in, m.start(), from)) {
                orphans.add(new Contents.OrphanMarker(n, in.originAt(m.start())));
                lastOrphan = n;
            }
        }
        out.append(in, copied, to);
        return new Result(out, orphans);
    }

    /** A marker sits on the word or sentence before it: "Serov(2)", "withdrawn.(8)", "comrades. (6)". */
    private static boolean looksAttached(CharSequence s, int start, int from) {
        if (start == from) return false;
        char prev = s.charAt(start - 1);
        if (prev != ' ') return !Character.isWhitespace(prev) && prev != '(';
        return start - 2 >= from && ".;:!?".indexOf(s.charAt(start - 2)) >= 0;
    }

    private static int number(Matcher m, CharSequence in) {
        int group = m.start(1) >= 0 ? 1 : m.start(2) >= 0 ? 2 : 3;
        int n = 0;
        for (int i = m.start(group); i < m.end(group); i++) {
            char c = in.charAt(i);
            n = n * 10 + ((c >= '0' && c <= '9' ? c : Marks.superscriptDigit(c)) - '0');
        }
        return n;
    }
}
