package org.fonds.web;

import io.javalin.Javalin;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.fonds.deliberation.read.Tables;
import org.fonds.archive.Archive;
import org.fonds.archive.Documents;
import org.fonds.error.FondsException;
import org.fonds.error.NotFoundException;
import org.fonds.oai.OaiConfig;
import org.fonds.record.RecordJson;
import org.fonds.search.Searcher;
import org.fonds.search.lucene.Analyzers;
import org.fonds.search.works.WorkSearcher;
import org.fonds.web.curation.Curation;
import org.fonds.web.curation.CurationConfig;
import org.fonds.web.derived.Derived;
import org.fonds.web.room.ReadingRoom;
import org.fonds.web.room.SiteAddress;

/**
 * The HTTP server (spec/INTERFACES.md, "HTTP"): the reading room's pages and the JSON API, thin
 * handlers over the store, the search and the derived tables (people, sessions and the tables
 * across documents), wired here. Only the editors' routes change data ({@code curation}: signed in,
 * checked for role, CSRF token and origin); everything else is public and read-only.
 */
public final class WebServer {
    /** What {@code /api} answers: where the API's routes are. */
    private static final String INDEX = "{\"name\":\"Fonds\",\"api\":{\"document\":\"/api/documents/{id}\","
            + "\"versions\":\"/api/documents/{id}/versions\",\"source\":\"/api/documents/{id}/source\","
            + "\"search\":\"/api/search?q=\",\"people\":\"/api/people?page=1&size=50\",\"person\":\"/api/people/{id}\","
            + "\"sessions\":\"/api/sessions?page=1&size=50\",\"session\":\"/api/sessions/{id}\","
            + "\"references\":\"/api/references?page=1&size=50\",\"table\":\"/api/tables/{name}.csv\","
            + "\"tables\":[\"attendance\",\"speaking\",\"statements\",\"decisions-and-tasks\",\"references\",\"works\","
            + "\"timeline\"],\"oai\":\"/oai?verb=Identify\",\"health\":\"/health\"}}";

    private final Javalin app;
    private final OaiEndpoint oai;
    /** Opened when the first answer has gone out: work that can wait (the OAI warm-up) waits for it. */
    private final CountDownLatch firstAnswer = new CountDownLatch(1);

    /**
     * Serves {@code archive} with its own derived tables, read again when an ingest beside the
     * server replaces them.
     *
     * @param oaiConfig how the OAI-PMH provider presents itself; null for the defaults, with the
     *     base URL of the port it starts on
     */
    public WebServer(Archive archive, OaiConfig oaiConfig) {
        this(archive, oaiConfig, archive.liveTables(System.err::println));
    }

    /**
     * @param tables the derived tables, asked for on every request so that a rebuild can replace
     *     them while the server runs
     */
    public WebServer(Archive archive, OaiConfig oaiConfig, Supplier<? extends Tables> tables) {
        this(archive, oaiConfig, tables, CurationConfig.defaults(oaiConfig == null ? null : oaiConfig.documentBaseUrl()));
    }

    /** @param curation how editors sign in (tests shorten its times and limits) */
    public WebServer(Archive archive, OaiConfig oaiConfig, Supplier<? extends Tables> tables, CurationConfig curation) {
        this(archive, oaiConfig, tables, curation, false);
    }

    /**
     * A server as {@code serve} runs one: its first page is made once, on a thread of its own, while
     * the routes are set up and the server starts, so that a reader's first request finds it warm
     * ({@link Archive#warmUp()}); the page opens the tables, and the store is opened after it. An
     * editor's correction makes the page again after its commit, so the next start takes its answers.
     */
    public static WebServer warmingUp(Archive archive, OaiConfig oaiConfig) {
        archive.keepingFirstPage(ReadingRoom::firstPage);
        return new WebServer(archive, oaiConfig, archive.liveTables(System.err::println),
                CurationConfig.defaults(oaiConfig == null ? null : oaiConfig.documentBaseUrl()), true);
    }

    private WebServer(Archive archive, OaiConfig oaiConfig, Supplier<? extends Tables> tables, CurationConfig curation,
            boolean warmUp) {
        Documents store = archive.documents();
        Searcher searcher = archive.searcher();
        this.oai = new OaiEndpoint(archive::oai, oaiConfig);
        Derived derived = new Derived(tables);
        DocumentApi documents = new DocumentApi(store);
        SearchApi search = new SearchApi(new WorkSearcher(searcher, () -> derived.now().copyGroups()));
        DeliberationApi deliberation = new DeliberationApi(derived);
        ReadingRoom room = new ReadingRoom(store, searcher, derived);
        if (warmUp) archive.warmUp();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.after(ctx -> firstAnswer.countDown());
            String publicUrl = oaiConfig == null ? null : oaiConfig.documentBaseUrl();
            if (publicUrl != null) config.routes.before(ctx -> ctx.attribute(SiteAddress.ATTRIBUTE, publicUrl));
            room.install(config);
            new Curation(archive, curation).install(config);
            config.routes.get("/api", ctx -> ctx.contentType("application/json").result(INDEX));
            config.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            config.routes.get("/api/search", search::search);
            config.routes.get("/api/documents/{id}", documents::record);
            config.routes.get("/api/documents/{id}/versions", documents::versions);
            config.routes.get("/api/documents/{id}/source", documents::source);
            config.routes.get("/api/people", deliberation::people);
            config.routes.get("/api/people/{id}", deliberation::person);
            config.routes.get("/api/sessions", deliberation::sessions);
            config.routes.get("/api/sessions/{id}", deliberation::session);
            config.routes.get("/api/references", deliberation::references);
            config.routes.get("/api/tables/{file}", deliberation::table);
            config.routes.get("/oai", oai::handle);
            config.routes.post("/oai", oai::handle);
            config.routes.exception(FondsException.class, Failures::answer);
            config.routes.error(404, ctx -> {
                // a handler's own 404 is JSON; Javalin's "Endpoint GET /api/x not found" is text and is replaced
                String type = ctx.res().getContentType();
                boolean answered = ctx.result() != null && !ctx.result().isEmpty() && type != null && type.startsWith("application/json");
                if (ctx.path().startsWith("/api")) {
                    if (!answered) ctx.contentType("application/json").result(Failures.json(404, new NotFoundException("no such route: " + ctx.path()), "no such route: " + ctx.path()));
                } else if (!ReadingRoom.answered(ctx)) {
                    // no route here at all: Javalin's own answer (text or HTML, by the Accept header)
                    // becomes the reading room's page; a page's own "No document 'x'" is kept
                    ctx.contentType("text/html; charset=utf-8").result(ReadingRoom.notFound("No page at this address"));
                }
            });
        });
    }

    /**
     * Sets up, on a thread of its own, what a server's start would otherwise do in line, each a
     * twentieth to a tenth of a second or more on a cold JVM (profiled at 100,000 records): Jackson's
     * mapper, which the exports' static set-up asks for while the routes are made; Jetty's table of
     * media types, which reads every locale the JDK has; the search's analyzers, which the first
     * search builds. Called by {@code serve} before its arguments are read; on two cores they are
     * then ready, or nearly, when the start's two threads (the routes, the first search) need them.
     */
    public static void prepareAhead() {
        Thread t = new Thread(() -> {
            try {
                RecordJson.mapper();
                Class.forName("org.eclipse.jetty.http.MimeTypes", true, WebServer.class.getClassLoader());
                Analyzers.perField();
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                // only time is lost: the main thread meets the same set-up, and any failure, itself
            }
        }, "fonds-start-ahead");
        t.setDaemon(true);
        t.start();
    }

    /** Starts on {@code port} (0 for any free port) and returns the port. */
    public int start(int port) {
        app.start("127.0.0.1", port);
        oai.startedOn("http://127.0.0.1:" + app.port(), firstAnswer);
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
