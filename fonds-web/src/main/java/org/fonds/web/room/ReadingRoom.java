package org.fonds.web.room;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.fonds.export.Citing;
import org.fonds.export.Exports;
import org.fonds.export.Format;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.store.StoredVersion;
import org.fonds.search.Searcher;
import org.fonds.store.OcflStore;

/**
 * The reading room: server-rendered pages that work without JavaScript (a small script only adds a
 * copy button and submits facet choices as they are ticked). Routes only read; nothing here
 * changes data, so nothing needs authentication.
 */
public final class ReadingRoom {
    /** Scripts and styles only from this server, no inline script, no framing, forms only to here. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final SearchPage search;
    private final DocumentPage documents;
    private final ListPages lists;
    private final Sitemap sitemap;
    private final OcflStore store;

    public ReadingRoom(OcflStore store, Searcher searcher) {
        this.store = store;
        this.search = new SearchPage(searcher);
        this.documents = new DocumentPage(store);
        this.lists = new ListPages(searcher, store);
        this.sitemap = new Sitemap(store);
    }

    /** Adds the pages, their static files and the security headers to a Javalin configuration. */
    public void install(JavalinConfig config) {
        config.staticFiles.add(s -> {
            s.hostedPath = "/static";
            s.directory = "/static";
            s.location = Location.CLASSPATH;
        });
        config.routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
        });
        config.routes.get("/", search::render);
        config.routes.get("/search", search::render);
        config.routes.get("/documents/{id}", this::document);
        config.routes.get("/files", ctx -> page(ctx, lists.file(ctx), "No such archival file"));
        config.routes.get("/people/{name}", ctx -> page(ctx, lists.person(ctx, ctx.pathParam("name")), "No documents of that person"));
        config.routes.get("/dates", ctx -> page(ctx, lists.dates(ctx), "Nothing here"));
        config.routes.get("/sitemap.xml", sitemap::index);
        config.routes.get("/sitemap-{n}.xml", sitemap::part);
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        for (Format f : Exports.all()) {
            String suffix = "." + f.extension();
            if (id.endsWith(suffix) && id.length() > suffix.length()) {
                export(ctx, id.substring(0, id.length() - suffix.length()), f);
                return;
            }
        }
        int version = version(ctx);
        page(ctx, version < 0 ? null : documents.render(ctx, id, version), "No document '" + id + "'");
    }

    /** {@code /documents/ID.ris} and the other formats: the document (latest, or {@code ?version=N}) as a file. */
    private void export(Context ctx, String id, Format format) {
        int version = version(ctx);
        StoredVersion stored = version < 0 ? null : store.read(id, version).orElse(null);
        if (stored == null) {
            page(ctx, null, "No document '" + id + "'");
            return;
        }
        ArchiveRecord r = RecordJson.read(stored.recordJson());
        Citing citing = Citing.at(ctx.scheme() + "://" + ctx.host(), id, LocalDate.now(ZoneOffset.UTC), stored.version());
        String disposition = format.mediaType().startsWith("text/plain") ? "inline" : "attachment";
        ctx.contentType(format.mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + id + "." + format.extension() + "\"")
                .result(format.write(r, citing));
    }

    /** {@code ?version=N}: 0 for the latest, -1 when it is not a number. */
    private static int version(Context ctx) {
        try {
            String v = ctx.queryParam("version");
            return v == null || v.isBlank() ? 0 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The page that says {@code message} when there is nothing at an address. */
    public static String notFound(String message) {
        return Templates.render("missing.jte", message);
    }

    private static void page(Context ctx, String html, String notFound) {
        if (html == null) {
            ctx.status(404).contentType("text/html; charset=utf-8").result(notFound(notFound));
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}
