package org.fonds.parse.html;

import java.nio.charset.StandardCharsets;

/** Writes a page as Chrome saves "Webpage, Single File": MIME headers, the HTML part, a stylesheet part after it. */
public final class Mhtml {
    private static final String BOUNDARY = "----MultipartBoundary--Fonds0123456789----";

    private Mhtml() {
    }

    /** The page as a quoted-printable part, saved from no address. */
    public static String of(String html) {
        return archive("", "quoted-printable", quotedPrintable(html));
    }

    static String archive(String location, String encoding, String body) {
        return "From: <Saved by Blink>\r\n" + (location.isEmpty() ? "" : "Snapshot-Content-Location: " + location + "\r\n")
                + "Subject: A record\r\nDate: Mon, 7 Dec 2026 18:00:00 -0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + BOUNDARY + "\"\r\n\r\n\r\n"
                + "--" + BOUNDARY + "\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: " + encoding + "\r\n" + (location.isEmpty() ? "" : "Content-Location: " + location + "\r\n")
                + "\r\n" + body.replace("\n", "\r\n") + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: cid:css-1@mhtml.blink\r\n\r\nmain p { margin: 0 }\r\n"
                + "--" + BOUNDARY + "--\r\n";
    }

    /** RFC 2045 quoted-printable of the UTF-8 bytes, lines soft-broken before 76 chars. */
    public static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            String piece = c == '\n' ? "\n" : c >= 33 && c <= 126 && c != '=' || c == ' ' ? String.valueOf((char) c)
                    : String.format("=%02X", c);
            if (piece.equals("\n")) {
                out.append('\n');
                line = 0;
                continue;
            }
            if (line + piece.length() > 75) {
                out.append("=\n");
                line = 0;
            }
            out.append(piece);
            line += piece.length();
        }
        return out.toString();
    }
}
