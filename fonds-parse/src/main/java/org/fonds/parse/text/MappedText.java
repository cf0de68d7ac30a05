package org.fonds.parse.text;

import java.util.Arrays;

/**
 * Text built from pieces of a source, remembering for every char the source offset it came from,
 * so that a warning about the cleaned body can still name the line of the file. The chars are a
 * plain array rather than a StringBuilder: the parser appends every char of a document through here
 * several times, and this is its hottest loop.
 *
 * <p>The origins are kept as runs: where a run starts in this text and the origin of its first char,
 * each later char of the run coming from the offset after the one before. Cleaned text is copied from
 * its source a line or a word at a time, so a text has a run per line or so, where an origin per char
 * (an int for every char) was the largest allocation of the parser and a write of every char copied.
 */
public final class MappedText implements CharSequence {
    private char[] chars;
    private int length;
    /** Run k covers [runAt[k], runAt[k + 1]) (the last one up to length), its chars from runOrigin[k] on. */
    private int[] runAt;
    private int[] runOrigin;
    private int runs;
    /** The run {@link #originAt} found last: reads mostly go forwards, a char or a line at a time. */
    private int lastRun;

    public MappedText(int capacity) {
        chars = new char[Math.max(16, capacity)];
        runAt = new int[8];
        runOrigin = new int[8];
    }

    public MappedText append(char c, int origin) {
        if (length == chars.length) grow(length + 1);
        mapNext(origin);
        chars[length++] = c;
        return this;
    }

    /** Appends {@code other[from, to)}, keeping its origins. */
    public MappedText append(MappedText other, int from, int to) {
        int n = to - from;
        if (n <= 0) return this;
        if (length + n > chars.length) grow(length + n);
        System.arraycopy(other.chars, from, chars, length, n);
        int r = other.runOf(from);
        for (int at = from; at < to; ) {
            int runEnd = r + 1 < other.runs ? Math.min(to, other.runAt[r + 1]) : to;
            mapRun(length + at - from, other.runOrigin[r] + at - other.runAt[r]);
            at = runEnd;
            r++;
        }
        length += n;
        return this;
    }

    /** Appends {@code source[from, to)} as it stands; each char's origin is its index there. */
    public MappedText appendSource(String source, int from, int to) {
        int n = to - from;
        if (n <= 0) return this;
        if (length + n > chars.length) grow(length + n);
        source.getChars(from, to, chars, length);
        mapNext(from);
        length += n;
        return this;
    }

    /** The char about to be appended at {@code length} comes from {@code origin}: a new run unless it continues the last. */
    private void mapNext(int origin) {
        mapRun(length, origin);
    }

    private void mapRun(int at, int origin) {
        if (runs > 0 && runOrigin[runs - 1] + (at - runAt[runs - 1]) == origin) return; // the last run goes on
        if (runs == runAt.length) {
            runAt = Arrays.copyOf(runAt, runs * 2);
            runOrigin = Arrays.copyOf(runOrigin, runs * 2);
        }
        runAt[runs] = at;
        runOrigin[runs++] = origin;
    }

    /**
     * The end of the run from {@code from} of chars that need no handling when paragraphs are
     * joined: no line break, no private-use mark, no second space in a row.
     */
    public int plainRunEnd(int from, int to) {
        return plainRunEnd(from, to, false);
    }

    /**
     * As {@link #plainRunEnd(int, int)}; with {@code atBrackets} the run also stops at a '(', a '['
     * and a superscript digit, where a note marker may start.
     */
    public int plainRunEnd(int from, int to, boolean atBrackets) {
        int j = from;
        while (j < to) {
            char c = chars[j];
            if (c == '\n' || (c >= SourceText.MARKER_BASE && c <= SourceText.MARKER_LAST)
                    || (c == ' ' && j > 0 && chars[j - 1] == ' ')
                    || (atBrackets && (c == '(' || c == '[' || c == '\u00B9' || c == '\u00B2' || c == '\u00B3'
                            || (c >= '\u2070' && c <= '\u2079')))) {
                break;
            }
            j++;
        }
        return j;
    }

    private void grow(int needed) {
        chars = Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
    }

    /** The source offset of char {@code i} (the last char's origin past the end). */
    public int originAt(int i) {
        if (length == 0) return 0;
        int k = Math.max(0, Math.min(i, length - 1));
        int r = runOf(k);
        return runOrigin[r] + k - runAt[r];
    }

    /** The run holding char {@code k} (0 <= k < length). */
    private int runOf(int k) {
        int r = lastRun < runs ? lastRun : runs - 1;
        if (runAt[r] <= k && (r + 1 == runs || k < runAt[r + 1])) return r;
        if (r + 1 < runs && runAt[r + 1] <= k && (r + 2 == runs || k < runAt[r + 2])) return lastRun = r + 1;
        int lo = 0;
        int hi = runs - 1;
        while (lo < hi) { // the last run starting at or before k
            int mid = (lo + hi + 1) >>> 1;
            if (runAt[mid] <= k) lo = mid;
            else hi = mid - 1;
        }
        return lastRun = lo;
    }

    public void setLength(int newLength) {
        if (newLength < 0 || newLength > length) {
            throw new IndexOutOfBoundsException("length " + newLength + " outside 0.." + length);
        }
        length = newLength;
        dropRunsPastEnd();
    }

    private void dropRunsPastEnd() {
        while (runs > 0 && runAt[runs - 1] >= length) runs--;
    }

    public char lastChar() {
        return length == 0 ? '\0' : chars[length - 1];
    }

    /** Drops trailing spaces. */
    public void trimEnd() {
        int before = length;
        while (length > 0 && chars[length - 1] == ' ') length--;
        if (length != before) dropRunsPastEnd();
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) throw new IndexOutOfBoundsException(index);
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
