package org.fonds.oai;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the provider presents itself and pages its lists.
 *
 * @param baseUrl         the URL harvesters send requests to (Identify's baseURL, every response's request element)
 * @param documentBaseUrl where a document's page lives: {@code documentBaseUrl + "/documents/" + id}
 * @param adminEmail      who answers for the repository (Identify)
 * @param pageSize        records or headers per list response
 * @param tokenLifetime   how long a resumption token stays valid
 * @param refreshAfter    how old the derived catalog may grow before a request rebuilds it
 * @param tokenKey        the HMAC key that signs resumption tokens; tokens outlive a restart only with a fixed key
 */
public record OaiConfig(String baseUrl, String documentBaseUrl, String adminEmail, int pageSize,
                        Duration tokenLifetime, Duration refreshAfter, byte[] tokenKey) {
    /** The schema's emailType. */
    private static final Pattern EMAIL = Pattern.compile("\\S+@(\\S+\\.)+\\S+");

    public OaiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(documentBaseUrl, "documentBaseUrl");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(refreshAfter, "refreshAfter");
        if (!EMAIL.matcher(adminEmail == null ? "" : adminEmail).matches()) {
            throw new IllegalArgumentException("adminEmail must look like name@host.domain (got: " + adminEmail + ")");
        }
        if (pageSize < 1) throw new IllegalArgumentException("pageSize must be >= 1 (got: " + pageSize + ")");
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive (got: " + tokenLifetime + ")");
        }
        if (refreshAfter.isNegative()) {
            throw new IllegalArgumentException("refreshAfter must not be negative (got: " + refreshAfter + ")");
        }
        if (tokenKey == null || tokenKey.length < 16) {
            throw new IllegalArgumentException("tokenKey must have at least 16 bytes");
        }
        tokenKey = tokenKey.clone();
        baseUrl = trimSlash(baseUrl);
        documentBaseUrl = trimSlash(documentBaseUrl);
    }

    /**
     * Defaults for a server whose root is {@code serverUrl} (e.g. {@code http://127.0.0.1:8080}): the
     * provider at {@code /oai}, 100 items a page, tokens valid for a day and signed with a key made
     * now, the catalog refreshed once a minute at most.
     */
    public static OaiConfig forServer(String serverUrl, String adminEmail) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String root = trimSlash(serverUrl);
        return new OaiConfig(root + "/oai", root, adminEmail, 100, Duration.ofDays(1), Duration.ofMinutes(1), key);
    }

    /** The same, signing tokens with {@code key}, so that they outlive a restart. */
    public OaiConfig withTokenKey(byte[] key) {
        return new OaiConfig(baseUrl, documentBaseUrl, adminEmail, pageSize, tokenLifetime, refreshAfter, key);
    }

    public OaiConfig withPageSize(int size) {
        return new OaiConfig(baseUrl, documentBaseUrl, adminEmail, size, tokenLifetime, refreshAfter, tokenKey);
    }

    public OaiConfig withTokenLifetime(Duration lifetime) {
        return new OaiConfig(baseUrl, documentBaseUrl, adminEmail, pageSize, lifetime, refreshAfter, tokenKey);
    }

    public OaiConfig withRefreshAfter(Duration age) {
        return new OaiConfig(baseUrl, documentBaseUrl, adminEmail, pageSize, tokenLifetime, age, tokenKey);
    }

    @Override
    public byte[] tokenKey() {
        return tokenKey.clone();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
