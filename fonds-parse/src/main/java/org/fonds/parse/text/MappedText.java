package org.fonds.parse.text;

import java.util.Arrays;

/**
 * Text built from pieces of a source, remembering for every char the source offset it came from,
 * so that a warning about the cleaned body can still name the line of the file.
 */
public final class MappedText implements CharSequence {
    private final StringBuilder chars;
    private int[] origins;

    public MappedText(int capacity) {
        chars = new StringBuilder(capacity);
        origins = new int[Math.max(16, capacity)];
    }

    public MappedText append(char c, int origin) {
        if (chars.length() == origins.length) {
            origins = Arrays.copyOf(origins, origins.length * 2);
        }
        origins[chars.length()] = origin;
        chars.append(c);
        return this;
    }

    /** Appends {@code other[from, to)}, keeping its origins. */
    public MappedText append(MappedText other, int from, int to) {
        for (int i = from; i < to; i++) {
            append(other.chars.charAt(i), other.origins[i]);
        }
        return this;
    }

    /** The source offset of char {@code i} (the last char's origin past the end). */
    public int originAt(int i) {
        if (chars.isEmpty()) return 0;
        return origins[Math.max(0, Math.min(i, chars.length() - 1))];
    }

    public void setLength(int length) {
        chars.setLength(length);
    }

    public char lastChar() {
        return chars.isEmpty() ? '\0' : chars.charAt(chars.length() - 1);
    }

    /** Drops trailing spaces. */
    public void trimEnd() {
        int n = chars.length();
        while (n > 0 && chars.charAt(n - 1) == ' ') n--;
        chars.setLength(n);
    }

    @Override
    public int length() {
        return chars.length();
    }

    @Override
    public char charAt(int index) {
        return chars.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return chars.subSequence(start, end);
    }

    @Override
    public String toString() {
        return chars.toString();
    }
}
