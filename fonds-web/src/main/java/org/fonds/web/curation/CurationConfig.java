package org.fonds.web.curation;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How signing in behaves: how long a session lasts (idle and in all), when failed sign-ins lock an
 * account or an address and for how long, how much each failure slows the next answer, and whether
 * cookies are {@code Secure} (the site is served over HTTPS: {@code --public-url https://...}).
 */
public record CurationConfig(String publicUrl, Clock clock, Duration idle, Duration lifetime, int accountLimit,
                             int addressLimit, Duration lockFor, Duration failDelay) {
    /** Wrong passwords in a row that lock an account. */
    public static final int ACCOUNT_LIMIT = 20;
    /** Wrong passwords from one address that lock it, whatever the accounts tried. */
    public static final int ADDRESS_LIMIT = 100;

    public CurationConfig {
        Objects.requireNonNull(clock, "clock");
        if (accountLimit < 1 || addressLimit < 1) throw new IllegalArgumentException("limits must be > 0 (got: " + accountLimit + ", " + addressLimit + ")");
    }

    /** Sessions end after 30 idle minutes or 8 hours; 20 wrong passwords lock an account for 15 minutes. */
    public static CurationConfig defaults(String publicUrl) {
        return new CurationConfig(publicUrl, Clock.systemUTC(), Duration.ofMinutes(30), Duration.ofHours(8), ACCOUNT_LIMIT,
                ADDRESS_LIMIT, Duration.ofMinutes(15), Duration.ofMillis(100));
    }

    public boolean secure() {
        return publicUrl != null && publicUrl.startsWith("https://");
    }

    public CurationConfig withClock(Clock c) {
        return new CurationConfig(publicUrl, c, idle, lifetime, accountLimit, addressLimit, lockFor, failDelay);
    }

    public CurationConfig withFailDelay(Duration d) {
        return new CurationConfig(publicUrl, clock, idle, lifetime, accountLimit, addressLimit, lockFor, d);
    }
}
