package org.fonds.parse.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.fonds.parse.Refusal;
import org.fonds.parse.RefusalCode;

/**
 * Turns a file's bytes into text or refuses them. Accepts UTF-8 with or without a byte-order mark,
 * UTF-16 with a mark (and without one when the zero bytes say so plainly), and windows-1252 where
 * UTF-8 fails: exports saved by older Windows tools are common in archives, and 1252 leaves only
 * five byte values undefined, so a strict decode still refuses most non-text.
 */
public final class Decoder {
    /** Larger inputs are refused rather than risking the heap; no real export comes near this. */
    public static final int MAX_BYTES = 256 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Either decoded text or the reason there is none. */
    public sealed interface Result {
    }

    public record Text(Decoded decoded) implements Result {
    }

    public record Refused(Refusal refusal) implements Result {
    }

    public Result decode(byte[] bytes) {
        Result result = decodeOnly(bytes);
        return result instanceof Text text ? checkText(text) : result;
    }

    /**
     * As {@link #decode}, without the check of what the text holds; the caller makes it with {@link #check}
     * from the control chars it counted in a pass of its own over the text (the parser's normalising).
     */
    public Result decodeOnly(byte[] bytes) {
        if (bytes.length == 0) {
            return refuse(RefusalCode.EMPTY, "file is empty", 0);
        }
        if (bytes.length > MAX_BYTES) {
            return refuse(RefusalCode.TOO_LARGE, "file is " + bytes.length + " bytes, over the limit of " + MAX_BYTES, 0);
        }
        Result result = decodeByMark(bytes);
        if (result == null) {
            result = decodeUnmarked(bytes);
        }
        return result;
    }

    private Result decodeByMark(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return strict(b, 3, StandardCharsets.UTF_8, "UTF-8", false);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE", false);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE", false);
        }
        return null;
    }

    private Result decodeUnmarked(byte[] b) {
        Charset utf16 = unmarkedUtf16(b);
        if (utf16 != null) {
            return strict(b, 0, utf16, utf16.name(), true);
        }
        // The JDK's decoder is vectorised; it replaces bad bytes with U+FFFD, so only a text holding
        // one needs the exact (slower) check, which also finds the bad byte's line.
        String utf8 = new String(b, StandardCharsets.UTF_8);
        int bad = utf8.indexOf('\uFFFD') < 0 ? -1 : firstInvalidUtf8(b);
        if (bad < 0) {
            return new Text(new Decoded(utf8, "UTF-8", false, 0, false)); // a zero byte is refused by checkText
        }
        int nul = indexOfZero(b);
        if (nul >= 0) {
            return refuse(RefusalCode.BINARY, "binary data (a zero byte at offset " + nul + ")", lineAt(b, nul));
        }
        if (isTruncatedAt(b, bad)) {
            // cut off in the middle of a character: the text is UTF-8, only its last char is lost
            return new Text(new Decoded(new String(b, 0, bad, StandardCharsets.UTF_8), "UTF-8", false, lineAt(b, bad), true));
        }
        Result fallback = strict(b, 0, WINDOWS_1252, "windows-1252", true);
        if (fallback instanceof Text text) {
            Decoded d = text.decoded();
            return new Text(new Decoded(d.text(), d.charset(), true, lineAt(b, bad), false));
        }
        if (mostlyUtf8(b)) {
            // UTF-8 throughout but for a stray byte or two (a damaged copy, a careless edit): still a text,
            // read with those bytes replaced and the warning on the line of the first (RECORD.md: refuse
            // only what is not text)
            return new Text(new Decoded(utf8, "UTF-8 with bad bytes replaced", true, lineAt(b, bad), false));
        }
        int unreadable = firstUndefinedIn1252(b);
        return refuse(RefusalCode.UNDECODABLE, "bytes that are neither UTF-8 nor windows-1252 (byte 0x"
                + Integer.toHexString(b[unreadable] & 0xFF).toUpperCase(java.util.Locale.ROOT) + " at offset " + unreadable
                + ")", lineAt(b, unreadable));
    }

    /** UTF-16 without a mark: ASCII-heavy text has zero bytes at every other position. */
    private static Charset unmarkedUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Result strict(byte[] b, int skip, Charset cs, String name, boolean fallback) {
        if (cs != WINDOWS_1252) {
            // The JDK's String decoding is vectorised; it replaces what is malformed with U+FFFD, so a text
            // holding none decoded strictly too. One that holds one (perhaps as written) takes the strict decoder.
            String fast = new String(b, skip, b.length - skip, cs);
            if (fast.indexOf('\uFFFD') < 0) return new Text(new Decoded(fast, name, fallback, fallback ? 1 : 0, false));
        }
        try {
            String text = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip))
                    .toString();
            return new Text(new Decoded(text, name, fallback, fallback ? 1 : 0, false));
        } catch (CharacterCodingException e) {
            return refuse(RefusalCode.UNDECODABLE, "bytes that are not valid " + name, 0);
        }
    }

    /** Refuses text that decodes but is mostly control characters, or holds nothing but white space. */
    private static Result checkText(Text text) {
        String s = text.decoded().text();
        int controls = 0;
        int firstControl = -1;
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i)) && controls++ == 0) firstControl = i;
        }
        Refused refused = check(s, controls, firstControl);
        return refused != null ? refused : text;
    }

    /**
     * The refusal of a decoded text that holds nothing but white space, or that is binary data (a zero
     * char, or more than 1% control chars), or null; {@code controls} and {@code firstControl} are its
     * control chars (below U+0020 but for line breaks, tabs and form feeds) and the offset of the first.
     */
    public static Refused check(String s, int controls, int firstControl) {
        if (isBlank(s)) {
            return refuse(RefusalCode.EMPTY, "file holds only white space", 0);
        }
        // Real exports carry at most a stray form feed or escape; 1% control characters is not text.
        if (controls > 0 && (s.indexOf('\0') >= 0 || controls * 100L > s.length())) {
            return refuse(RefusalCode.BINARY, "binary data (" + controls + " control characters)", lineOf(s, firstControl));
        }
        return null;
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }

    /** No char but control chars, white space and byte-order marks (most texts answer at their first char). */
    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c) && !Character.isWhitespace(c) && c != '\uFEFF') return false;
        }
        return true;
    }

    /** Whether the only flaw is an unfinished multi-byte sequence at the very end. */
    private static boolean isTruncatedAt(byte[] b, int bad) {
        int c = b[bad] & 0xFF;
        int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
        if (len == 0 || bad + len <= b.length) return false;
        for (int k = bad + 1; k < b.length; k++) {
            if ((b[k] & 0xC0) != 0x80) return false;
        }
        return true;
    }

    /** The first byte windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), or 0. */
    private static int firstUndefinedIn1252(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) return i;
        }
        return 0;
    }

    /**
     * True when {@code b} is UTF-8 with a few bad bytes: it holds valid multi-byte characters, and
     * no more bad sequences than valid ones, nor more than one in a thousand bytes. Random bytes,
     * or a single-byte encoding's text, hold far more bad sequences than good ones.
     */
    static boolean mostlyUtf8(byte[] b) {
        int good = 0;
        int bad = 0;
        for (int i = 0; i < b.length; ) {
            if ((b[i] & 0xFF) < 0x80) {
                i++;
                continue;
            }
            int len = validSequenceAt(b, i);
            if (len > 0) {
                good++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return good > 0 && bad <= good && bad <= Math.max(1, b.length / 1000);
    }

    /** The length of the valid UTF-8 multi-byte character at {@code i}, or 0. */
    private static int validSequenceAt(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (len == 0 || i + len > b.length) return 0;
        int cp = c & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            int cc = b[i + k] & 0xFF;
            if ((cc & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (cc & 0x3F);
        }
        int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        return cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0 : len;
    }

    /** Offset of the first byte that breaks UTF-8, or -1 when all of it is valid. */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + len > n) {
                return i;
            }
            int cp = c & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += len;
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static int indexOfZero(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) return i;
        }
        return -1;
    }

    private static int lineAt(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n') line++;
        }
        return line;
    }

    private static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (s.charAt(i) == '\n') line++;
        }
        return line;
    }

    private static Refused refuse(RefusalCode code, String message, int line) {
        return new Refused(new Refusal(code, message, line));
    }
}
