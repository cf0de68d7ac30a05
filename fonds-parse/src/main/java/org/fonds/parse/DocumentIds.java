package org.fonds.parse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document ids. Where the source URL carries the archive's own document number
 * ("…/document/111883"), the id rests on it and on the archive, not the host, so the same document
 * from a mirror, or under the archive's old and new names, is one id: {@code wcda-111883} for the
 * Wilson Center Digital Archive's hosts. Otherwise the id is a digest of title, date, citation and
 * body ({@code h-} and 16 hex digits), which differs for any two documents that differ in text.
 * Ids use only [a-z0-9-], so they are safe in paths and URLs.
 */
public final class DocumentIds {
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("/document/(\\d{1,12})(?![\\d])");

    private DocumentIds() {
    }

    /** The archive's document number from the first URL that carries one, or null. */
    public static String archiveDocumentId(List<String> urls) {
        for (String url : urls) {
            Matcher m = DOCUMENT_NUMBER.matcher(url);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    public static String of(List<String> urls, String title, String date, String citation, String body) {
        for (String url : urls) {
            Matcher m = DOCUMENT_NUMBER.matcher(url);
            if (m.find()) return archiveKey(url) + "-" + m.group(1);
        }
        return "h-" + digest(title + "\n" + date + "\n" + citation + "\n" + body);
    }

    /** "wcda" for the Wilson Center archive on any of its hosts; otherwise the host's main label. */
    static String archiveKey(String url) {
        String host;
        try {
            host = URI.create(url.replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) return "doc";
        host = host.toLowerCase(Locale.ROOT);
        if (host.contains("wilson") || host.startsWith("digitalarchive.")) return "wcda";
        String[] labels = host.split("\\.");
        String main = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
        String key = main.replaceAll("[^a-z0-9]", "");
        return key.isEmpty() ? "doc" : key;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
