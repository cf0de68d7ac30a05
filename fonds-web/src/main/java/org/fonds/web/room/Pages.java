package org.fonds.web.room;

import io.javalin.http.Context;
import org.fonds.web.derived.Page;

/** Paging of the reading room's long lists: {@code ?page=N}, forgiving (a bad number is page 1). */
final class Pages {
    private Pages() {
    }

    static int number(Context ctx, String name) {
        String v = ctx.queryParam(name);
        try {
            return v == null || v.isBlank() ? 1 : Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The address of the page before or after {@code page}, or null when there is none. */
    static String link(Context ctx, Page<?> page, boolean next) {
        if (next ? !page.hasNext() : !page.hasPrevious()) return null;
        return ctx.path() + "?page=" + (page.page() + (next ? 1 : -1));
    }
}
