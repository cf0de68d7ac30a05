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
 * Wilson Center Digital Archive's hosts; for another archive, its registrable host name and the
 * number ({@code example-5}). Otherwise the id is a digest of title, date, citation and
 * body ({@code h-} and 16 hex digits), which differs for any two documents that differ in text.
 * Ids use only [a-z0-9-], so they are safe in paths and URLs.
 */
public final class DocumentIds {
    /** The names the Wilson Center's archive has been published under. */
    private static final java.util.Set<String> WILSON_NAMES = java.util.Set.of("Wilson Center Digital Archive",
            "History and Public Policy Program Digital Archive");
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

    public static String of(List<String> urls, String repository, String title, String date, String citation, String body) {
        for (String url : urls) {
            Matcher m = DOCUMENT_NUMBER.matcher(url);
            if (m.find()) return archiveKey(url, repository) + "-" + m.group(1);
        }
        return "h-" + digest(title + "\n" + date + "\n" + citation + "\n" + body);
    }

    /**
     * "wcda" for the Wilson Center Digital Archive (its own hosts and mirrors, under its old and new
     * names); otherwise the host's registrable name ("harbour" for www.harbour.co.uk), so unrelated
     * archives do not share ids.
     */
    static String archiveKey(String url, String repository) {
        String host;
        try {
            host = URI.create(url.replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) return "doc";
        host = host.toLowerCase(Locale.ROOT);
        if (isWilsonHost(host) || (host.startsWith("digitalarchive.") && WILSON_NAMES.contains(repository))) return "wcda";
        String[] labels = host.split("\\.");
        int main = labels.length - 2;
        // "co.uk", "ac.jp", "gov.au": a short second-level label belongs to the suffix
        if (main > 0 && labels[main].length() <= 3 && labels[labels.length - 1].length() == 2) main--;
        String key = lettersAndDigits(labels[Math.max(0, main)]);
        return key.isEmpty() ? "doc" : key;
    }

    /** {@code label} without any char outside [a-z0-9] (a {@code replaceAll} compiled its pattern on every record). */
    private static String lettersAndDigits(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.append(c);
        }
        return out.toString();
    }

    private static boolean isWilsonHost(String host) {
        return host.equals("wilsoncenter.org") || host.endsWith(".wilsoncenter.org")
                || host.startsWith("wilson-center-digital-archive.") || host.equals("digitalarchive.umd.edu");
    }

    /** One SHA-256 per thread: looking the algorithm up among the providers cost as much as hashing a record. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    });

    private static String digest(String text) {
        MessageDigest sha = SHA_256.get();
        sha.reset();
        byte[] hash = sha.digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 8);
    }
}
