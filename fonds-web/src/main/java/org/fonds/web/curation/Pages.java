package org.fonds.web.curation;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the curation pages (jte, compiled at build time, every value escaped), never cached by a browser or proxy. */
final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Pages() {
    }

    static void render(Context ctx, String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render("curation/" + template, model, out);
        ctx.header("Cache-Control", "no-store").contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** A local path to go to after signing in; anything else (another site, {@code //host}, a scheme) is the home page. */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.length() > 2000
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
