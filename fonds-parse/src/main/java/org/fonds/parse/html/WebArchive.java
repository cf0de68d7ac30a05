package org.fonds.parse.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page saved as one file by Chrome or Edge ("Webpage, Single File": .mhtml, MIME's multipart/related): the page's
 * HTML is its first text/html part, quoted-printable or base64, in the charset its part names; it is read as
 * {@link HtmlPage} reads a page, at the address the archive names ({@code Snapshot-Content-Location}, else the part's
 * {@code Content-Location}) where the page names none of its own. The pictures and styles beside it are not read.
 */
public final class WebArchive {
    private static final int HEADERS = 8192;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";\\r\\n]{1,200})\"?");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]{1,40})\"?");

    private WebArchive() {
    }

    /**
     * Whether the text is a MIME web archive: its first header lines name MIME and a multipart/related body. Asked of
     * every text, so it first asks only whether the first line is a header's name and colon ("From: <Saved by
     * Blink>", "MIME-Version: 1.0"), which a record's title line seldom is.
     */
    public static boolean isArchive(String text) {
        if (!opensWithHeader(text)) return false;
        int limit = Math.min(text.length(), HEADERS);
        int end = text.indexOf("\n\n");
        if (end < 0 || end > limit) end = text.indexOf("\r\n\r\n");
        if (end < 0 || end > limit) return false;
        String headers = text.substring(0, end).toLowerCase(Locale.ROOT);
        return headers.contains("mime-version:") && headers.contains("multipart/related") && headers.contains("boundary=");
    }

    /** Whether the text opens with a header's name (letters and hyphens) and its colon. */
    private static boolean opensWithHeader(String text) {
        int i = 0;
        while (i < text.length() && i < 40 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) i++;
        return i > 1 && i < text.length() && text.charAt(i) == ':';
    }

    /** The page in the archive, or empty where it holds no HTML part. */
    public static Optional<HtmlPage> read(String text) {
        String unix = text.replace("\r\n", "\n");
        int end = unix.indexOf("\n\n");
        Map<String, String> headers = headers(unix.substring(0, end));
        Matcher b = BOUNDARY.matcher(headers.getOrDefault("content-type", ""));
        if (!b.find()) return Optional.empty();
        String delimiter = "--" + b.group(1);
        for (String part : unix.substring(end + 2).split("(?m)^" + Pattern.quote(delimiter), -1)) {
            int split = part.indexOf("\n\n");
            if (split < 0) continue;
            Map<String, String> partHeaders = headers(part.substring(0, split).strip());
            String type = partHeaders.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
            if (!type.startsWith("text/html")) continue;
            String html = decoded(part.substring(split + 2), partHeaders);
            // the page's own address first (HtmlPage.read), else where the archive says it was saved from
            String location = headers.getOrDefault("snapshot-content-location", partHeaders.getOrDefault("content-location", ""));
            return Optional.of(HtmlPage.read(html, location));
        }
        return Optional.empty();
    }

    /** Header lines by lower-cased name, folded lines unfolded. */
    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : block.split("\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                headers.put(last, headers.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.put(last, line.substring(colon + 1).strip());
        }
        return headers;
    }

    /** The part's HTML: its encoded bytes decoded in the part's charset; an unencoded part is the file's text as read. */
    private static String decoded(String body, Map<String, String> headers) {
        String encoding = headers.getOrDefault("content-transfer-encoding", "").toLowerCase(Locale.ROOT).strip();
        byte[] bytes = switch (encoding) {
            case "quoted-printable" -> quotedPrintable(body);
            case "base64" -> Base64.getMimeDecoder().decode(body.strip());
            default -> null;
        };
        return bytes == null ? body : new String(bytes, charset(headers.getOrDefault("content-type", "")));
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        try {
            return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8; // an unknown name: the web's default
        }
    }

    /** RFC 2045's quoted-printable: "=XX" a byte, "=" at a line's end a soft break; the text's chars are ASCII. */
    static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '=') {
                out.write(c < 0x100 ? c : '?');
            } else if (i + 1 < n && body.charAt(i + 1) == '\n') {
                i++; // a soft line break
            } else if (i + 2 < n && hex(body.charAt(i + 1)) >= 0 && hex(body.charAt(i + 2)) >= 0) {
                out.write(hex(body.charAt(i + 1)) * 16 + hex(body.charAt(i + 2)));
                i += 2;
            } else {
                out.write('='); // a stray "=": kept, as decoders are told to be lenient
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
