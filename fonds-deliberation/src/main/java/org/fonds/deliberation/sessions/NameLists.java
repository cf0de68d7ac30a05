package org.fonds.deliberation.sessions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a list of names ("Cdes. Suslov, Brezhnev and Kadar") followed by what makes it a task or
 * an assignment ("are to prepare ..."), one name at a time.
 *
 * <p>Why not one regular expression: {@code (?:, NAME| and NAME)*} makes {@code java.util.regex}
 * recurse once per repetition, so a sentence of a few hundred names overflowed the stack (issue 15)
 * and stopped ingest, reindex and serve on the home holding it. Here each name is matched by a
 * pattern of bounded shape and the list is walked in a loop, so the work and the stack stay linear
 * and flat in the length of the sentence. The answer is the one the single pattern gave: the
 * longest list after which {@code tail} matches, else a shorter one.
 */
final class NameLists {
    private final Pattern first;
    private final Pattern next;
    private final Pattern tail;

    /**
     * @param first the first name (and what may precede it inside the list)
     * @param next a further name with its separator
     * @param tail what must follow the list
     */
    NameLists(String first, String next, String tail) {
        this.first = Pattern.compile(first);
        this.next = Pattern.compile(next);
        this.tail = Pattern.compile(tail);
    }

    /** The list at {@code from} in {@code s} when {@code tail} follows it, else null. */
    String listAt(String s, int from) {
        Matcher m = first.matcher(s);
        m.region(from, s.length());
        if (!m.lookingAt()) return null;
        int[] ends = new int[16];
        int count = 0;
        ends[count++] = m.end();
        Matcher n = next.matcher(s);
        while (true) {
            n.region(ends[count - 1], s.length());
            if (!n.lookingAt() || n.end() == ends[count - 1]) break;
            if (count == ends.length) ends = java.util.Arrays.copyOf(ends, count * 2);
            ends[count++] = n.end();
        }
        Matcher t = tail.matcher(s);
        for (int i = count - 1; i >= 0; i--) {
            t.region(ends[i], s.length());
            if (t.lookingAt()) return s.substring(from, ends[i]);
        }
        return null;
    }
}
