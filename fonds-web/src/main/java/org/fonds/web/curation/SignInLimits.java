package org.fonds.web.curation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, counted per account and per address. Each failure slows the answer to the next
 * (a growing pause, up to ten times the unit); {@link CurationConfig#accountLimit()} wrong passwords
 * in a row lock the account, and {@link CurationConfig#addressLimit()} from one address lock that
 * address, for {@link CurationConfig#lockFor()}. A locked account is not even tried, so guessing on
 * through the lock tells nothing. Only existing accounts are counted, and addresses are bounded, so
 * a flood of made-up names cannot fill the memory.
 */
final class SignInLimits {
    private static final int MAX_ADDRESSES = 100_000;

    private record Count(int failures, Instant lockedUntil) {
    }

    private final Map<String, Count> accounts = new ConcurrentHashMap<>();
    private final Map<String, Count> addresses = new ConcurrentHashMap<>();
    private final CurationConfig config;

    SignInLimits(CurationConfig config) {
        this.config = config;
    }

    /** How long {@code account} or {@code address} stays locked; empty when neither is. */
    Optional<Duration> locked(String account, String address) {
        Instant now = config.clock().instant();
        Instant until = later(lockedUntil(accounts.get(account)), lockedUntil(addresses.get(address)));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a wrong password; returns how long to pause before answering. */
    Duration failed(String account, boolean exists, String address) {
        if (addresses.size() >= MAX_ADDRESSES) addresses.clear(); // forget all rather than grow without bound
        Count a = count(addresses, address, config.addressLimit());
        Count c = exists ? count(accounts, account, config.accountLimit()) : a;
        return config.failDelay().multipliedBy(Math.min(10, Math.max(1, c.failures())));
    }

    /** A right password: the account's count starts again (the address's does not: one good account must not launder guesses). */
    void succeeded(String account) {
        accounts.remove(account);
    }

    private Count count(Map<String, Count> map, String key, int limit) {
        Instant now = config.clock().instant();
        return map.compute(key, (k, old) -> {
            int n = (old == null || lockedUntil(old) != null && !lockedUntil(old).isAfter(now) ? 0 : old.failures()) + 1;
            return n >= limit ? new Count(n, now.plus(config.lockFor())) : new Count(n, null);
        });
    }

    private static Instant lockedUntil(Count c) {
        return c == null ? null : c.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
