package org.fonds.export;

import java.nio.charset.StandardCharsets;

/** Text made safe for the formats: no control characters, one line where a format needs one. */
final class Clean {
    private Clean() {
    }

    /**
     * The text with every character XML 1.0 forbids (C0 controls but tab and newlines, lone
     * surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, one for one, so that note offsets into
     * the body stay right.
     */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }

    /** The text on one line: XML-safe, every run of whitespace or control characters one space, trimmed. */
    static String oneLine(String s) {
        return xml(s).replace('\uFFFD', ' ').replaceAll("[\\s\\p{Cc}\\u2028\\u2029]+", " ").strip();
    }

    /**
     * A URL or path segment with the characters that no format can carry raw percent-encoded:
     * whitespace, controls, quotes, braces, backslash, angle brackets and non-ASCII.
     */
    static String url(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
