package org.fonds.web.room;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.read.MemoryTables;
import org.fonds.error.Failure;
import org.fonds.deliberation.people.Authority;
import org.fonds.export.Citing;
import org.fonds.export.Exports;
import org.fonds.export.Format;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.search.Searcher;
import org.fonds.search.works.WorkSearcher;
import org.fonds.archive.Documents;
import org.fonds.archive.FirstPage;
import org.fonds.deliberation.read.Tables;
import java.util.function.Supplier;
import org.fonds.web.derived.Derived;

/**
 * The reading room: server-rendered pages that work without JavaScript (a small script only adds a
 * copy button and submits facet choices as they are ticked). Documents, search and browsing come
 * from the store and the index; people, sessions, references and the pictures from the derived
 * tables. Routes only read; nothing here changes data, so nothing needs authentication.
 */
public final class ReadingRoom {
    /** Scripts and styles only from this server, no inline script, no framing, forms only to here. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final String ANSWERED = "fonds.room.answered";

    private final SearchPage search;
    private final DocumentPage documents;
    private final ListPages lists;
    private final Sitemap sitemap;
    private final PeoplePages people;
    private final SessionPages sessions;
    private final ReferencesPage references;
    private final PicturePages pictures;
    private final SearchDownload downloads;
    private final ProblemsPage problems;
    private final Documents archive;

    /** A reading room without derived tables: no people, sessions or pictures to show. */
    public ReadingRoom(Documents archive, Searcher searcher) {
        this(archive, searcher, none());
    }

    public ReadingRoom(Documents archive, Searcher searcher, Derived derived) {
        this.archive = archive;
        this.problems = new ProblemsPage(searcher, archive);
        // the reader's search counts works: the same text from two publishers once (issue 12)
        this.search = new SearchPage(new WorkSearcher(searcher, () -> derived.now().copyGroups()), problems::counts);
        this.downloads = new SearchDownload(searcher, archive);
        this.documents = new DocumentPage(archive, derived);
        this.lists = new ListPages(searcher, archive);
        this.sitemap = new Sitemap(archive);
        this.people = new PeoplePages(derived, archive, lists);
        this.sessions = new SessionPages(derived, new SessionFiles(archive));
        this.references = new ReferencesPage(derived);
        this.pictures = new PicturePages(derived);
    }

    private static Derived none() {
        MemoryTables empty = new MemoryTables(Deliberations.build(List.of(), Authority.empty()));
        return new Derived(() -> empty);
    }

    /** Makes the first page once and throws it away, so that it is warm when a reader asks (see {@link SearchPage#warmUp()}). */
    public void warmUp() {
        search.warmUp();
    }

    /**
     * The first page of a reading room over {@code searcher} and {@code tables}, made once and thrown
     * away: what a server makes as it starts and a writing operation after its commit ({@link FirstPage}),
     * so both ask the same requests.
     */
    public static void firstPage(Documents archive, Searcher searcher, Supplier<? extends Tables> tables) {
        new ReadingRoom(archive, searcher, new Derived(tables)).warmUp();
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
        config.routes.get(SearchDownload.PATH, this::download);
        config.routes.get("/problems", ctx -> page(ctx, problems.render(Pages.number(ctx, "page")), "Nothing here"));
        config.routes.get("/documents/{id}", this::document);
        config.routes.get("/files", ctx -> page(ctx, lists.file(ctx), "No such archival file"));
        config.routes.get("/people", ctx -> page(ctx, people.index(ctx), "Nothing here"));
        config.routes.get("/people/{id}", ctx -> page(ctx, people.person(ctx), "No person and no documents of that name"));
        config.routes.get("/sessions", ctx -> page(ctx, sessions.list(ctx), "Nothing here"));
        config.routes.get("/sessions/{id}", ctx -> page(ctx, sessions.session(ctx), "No session '" + ctx.pathParam("id") + "'"));
        config.routes.get("/compare", ctx -> page(ctx, sessions.compare(ctx), "Choose two sessions or more to compare: /compare?session=ID&session=ID"));
        config.routes.get("/references", ctx -> page(ctx, references.render(ctx), "Nothing here"));
        config.routes.get("/pictures", ctx -> page(ctx, pictures.index(ctx), "Nothing here"));
        config.routes.get("/pictures/{picture}", ctx -> {
            if (!pictures.show(ctx)) page(ctx, null, "No such picture");
        });
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
        VersionRef version = VersionRef.parse(ctx.queryParam("version"));
        page(ctx, documents.render(ctx, id, version), "No document '" + id + "'" + version.atWords());
    }

    /** The bibliography of a search; a bad format or query is answered 400 with what was wrong. */
    private void download(Context ctx) throws java.io.IOException {
        String problem = downloads.download(ctx);
        ctx.attribute(ANSWERED, Boolean.TRUE);
        if (problem != null) ctx.status(400).contentType("text/plain; charset=utf-8").result(problem);
    }

    /** {@code /documents/ID.ris} and the other formats: the document (latest, or {@code ?version=N}) as a file. */
    private void export(Context ctx, String id, Format format) {
        VersionRef version = VersionRef.parse(ctx.queryParam("version"));
        StoredVersion stored = archive.read(id, version).orElse(null);
        if (stored == null) {
            page(ctx, null, "No document '" + id + "'" + version.atWords());
            return;
        }
        ArchiveRecord r = RecordJson.read(stored.recordJson());
        Citing citing = Citing.at(SiteAddress.publicOrNull(ctx), id, LocalDate.now(ZoneOffset.UTC), stored.version());
        String disposition = format.mediaType().startsWith("text/plain") ? "inline" : "attachment";
        ctx.contentType(format.mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + id + "." + format.extension() + "\"")
                .result(format.write(r, citing));
    }

    /**
     * True when a page of the reading room answered the request itself (its own "not found" page
     * included), so the server's catch-all for addresses without a route leaves the answer alone.
     */
    public static boolean answered(Context ctx) {
        return ctx.attribute(ANSWERED) != null;
    }

    /** Says that the answer to this request is given (a failure's page), so the catch-all leaves it. */
    public static void markAnswered(Context ctx) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
    }

    /** The page for a failure of {@code kind}: not found, a damaged copy, or what else went wrong. */
    public static String failurePage(Failure kind, String message) {
        return switch (kind) {
            case NOT_FOUND -> notFound(message);
            case DAMAGED -> DamagedPage.html(message);
            case USAGE, BAD_INPUT -> Templates.render("failed.jte", java.util.Map.of("heading", "Cannot answer this address", "message", message));
            case UNAVAILABLE, ENVIRONMENT -> Templates.render("failed.jte", java.util.Map.of("heading", "Not available just now", "message", message));
            case INTERNAL -> Templates.render("failed.jte", java.util.Map.of("heading", "Something went wrong", "message", message));
        };
    }

    /** The page that says {@code message} when there is nothing at an address. */
    public static String notFound(String message) {
        return Templates.render("missing.jte", message);
    }

    private static void page(Context ctx, String html, String notFound) {
        if (html == null) {
            ctx.attribute(ANSWERED, Boolean.TRUE);
            ctx.status(404).contentType("text/html; charset=utf-8").result(notFound(notFound));
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}
