package org.fonds.web;

import org.fonds.error.InvalidRequestException;
import io.javalin.http.Context;

/** {@code ?page=&size=} of the API's long lists, checked: a bad value is a 400 that names it. */
final class Paging {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private Paging() {
    }

    static int page(Context ctx) {
        return number(ctx, "page", 1, Integer.MAX_VALUE);
    }

    static int size(Context ctx) {
        return number(ctx, "size", DEFAULT_SIZE, MAX_SIZE);
    }

    private static int number(Context ctx, String name, int fallback, int max) {
        String written = ctx.queryParam(name);
        if (written == null || written.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(written.strip());
            if (n >= 1 && n <= max) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidRequestException("bad-" + name, name + " must be a whole number from 1 to " + max + " (got: " + written + ")");
    }
}
