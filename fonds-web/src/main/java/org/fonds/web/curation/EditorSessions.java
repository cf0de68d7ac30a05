package org.fonds.web.curation;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in editors, held in the server's memory only (a restart signs everyone out, which is
 * safe). A session id and its CSRF token are 256 random bits each; a sign-in always makes a new id
 * (the old one, if any, ends), so an id planted before sign-in is worth nothing after it. A session
 * ends after its idle time or its lifetime, whichever comes first.
 */
final class EditorSessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** More than enough for a handful of editors; past it the oldest sessions are dropped first. */
    private static final int MAX_SESSIONS = 10_000;

    /** One signed-in account; {@code lastSeen} moves with each request. */
    record Session(String id, String account, String csrf, Instant created, Instant lastSeen) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final CurationConfig config;

    EditorSessions(CurationConfig config) {
        this.config = config;
    }

    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A new session for {@code account}, ending {@code previous} (the id the browser had) if any. */
    Session start(String account, String previous) {
        if (previous != null) sessions.remove(previous);
        if (sessions.size() >= MAX_SESSIONS) dropOldest();
        Instant now = config.clock().instant();
        Session s = new Session(token(), account, token(), now, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session of this id, its idle time renewed; empty when none, or it expired (then it ends). */
    Optional<Session> find(String id) {
        if (id == null) return Optional.empty();
        Session s = sessions.get(id);
        if (s == null) return Optional.empty();
        Instant now = config.clock().instant();
        if (now.isAfter(s.created().plus(config.lifetime())) || now.isAfter(s.lastSeen().plus(config.idle()))) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.account(), s.csrf(), s.created(), now);
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    void end(String id) {
        if (id != null) sessions.remove(id);
    }

    /** Whether {@code given} is the session's CSRF token, compared in constant time. */
    static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private void dropOldest() {
        sessions.values().stream().min(java.util.Comparator.comparing(Session::lastSeen)).ifPresent(s -> sessions.remove(s.id()));
    }
}
