package org.fonds.parse.text;

import java.util.Arrays;

/**
 * Text built from pieces of a source, remembering for every char the source offset it came from,
 * so that a warning about the cleaned body can still name the line of the file. Two plain arrays
 * rather than a StringBuilder: the parser appends every char of a document through here several
 * times, and this is its hottest loop.
 */
public final class MappedText implements CharSequence {
    private char[] chars;
    private int[] origins;
    private int length;

    public MappedText(int capacity) {
        chars = new char[Math.max(16, capacity)];
        origins = new int[chars.length];
    }

    public MappedText append(char c, int origin) {
        if (length == chars.length) grow(length + 1);
        chars[length] = c;
        origins[length++] = origin;
        return this;
    }

    /** Appends {@code other[from, to)}, keeping its origins. */
    public MappedText append(MappedText other, int from, int to) {
        int n = to - from;
        if (n <= 0) return this;
        if (length + n > chars.length) grow(length + n);
        System.arraycopy(other.chars, from, chars, length, n);
        System.arraycopy(other.origins, from, origins, length, n);
        length += n;
        return this;
    }

    /** Appends {@code source[from, to)} as it stands; each char's origin is its index there. */
    public MappedText appendSource(String source, int from, int to) {
        int n = to - from;
        if (n <= 0) return this;
        if (length + n > chars.length) grow(length + n);
        source.getChars(from, to, chars, length);
        for (int i = 0; i < n; i++) origins[length + i] = from + i;
        length += n;
        return this;
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
        int size = Math.max(needed, chars.length * 2);
        chars = Arrays.copyOf(chars, size);
        origins = Arrays.copyOf(origins, size);
    }

    /** The source offset of char {@code i} (the last char's origin past the end). */
    public int originAt(int i) {
        if (length == 0) return 0;
        return origins[Math.max(0, Math.min(i, length - 1))];
    }

    public void setLength(int newLength) {
        if (newLength < 0 || newLength > length) {
            throw new IndexOutOfBoundsException("length " + newLength + " outside 0.." + length);
        }
        length = newLength;
    }

    public char lastChar() {
        return length == 0 ? '\0' : chars[length - 1];
    }

    /** Drops trailing spaces. */
    public void trimEnd() {
        while (length > 0 && chars[length - 1] == ' ') length--;
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
