package org.fonds.parse;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs that a clone of the repository does not bring with it: the shared corpus beside
 * the project ({@link Seeds#corpus}), Debian's Chromium for the browser tests. Where it is missing,
 * the test is skipped with the message, so that a clone runs every other test; but under {@code
 * CI=true} the test fails with the same message, so that a CI machine set up wrong cannot pass by
 * skipping what it was meant to check.
 */
public final class Required {
    private Required() {
    }

    /** True under {@code CI=true}, as GitHub Actions, GitLab CI and {@code .ci/run} set it. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Returns when {@code present}; otherwise skips the caller, or fails it under {@code CI=true}. */
    public static void present(boolean present, String message) {
        if (present) return;
        if (inCi()) throw new AssertionError(message + " (CI=true: a CI run must have it)");
        Assumptions.abort(message + " (skipped outside CI; under CI=true this fails)");
    }
}
