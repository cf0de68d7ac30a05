package org.fonds.web.curation;

import io.javalin.config.JavalinConfig;
import java.util.function.Supplier;
import org.fonds.archive.Archive;
import org.fonds.archive.accounts.Accounts;

/**
 * Editors correcting the archive in the browser (issue 17): signing in and out, a record's
 * correction form, its public changes page, corrections and reverts. The reading room stays public
 * and read-only; every route here that changes data passes the {@link Gate} (403 otherwise), and
 * editing is switched off while the home has no account.
 *
 * <pre>
 * GET  /signin                          the sign-in form
 * POST /signin, /signout                signing in (rate-limited, locking) and out
 * GET  /changes/documents/{id}          a record's corrections, with their differences, and its versions (public)
 * GET  /curation/documents/{id}         the correction form (signed in)
 * POST /curation/documents/{id}         a correction: one change per field that differs, with a reason
 * POST /curation/documents/{id}/revert  undo change N, as a new change
 * GET  /changes/people, /changes/people/{id}   every people change, or one person's, with differences (public)
 * GET  /curation/people/{id}            a person's correction form (signed in)
 * POST /curation/people/{id}/rename, /merge, /not-a-person, /split, /give, /describe   a people correction, with a reason
 * POST /curation/people/revert          undo people change N, as a new change
 * GET  /curation/documents/{id}/resolutions  the form correcting its decisions and tasks (signed in)
 * POST /curation/documents/{id}/resolutions  add, remove or edit one decision or task, with a reason
 * </pre>
 */
public final class Curation {
    private final Gate gate;
    private final SignInPages signIn;
    private final CorrectionPages corrections;
    private final PersonCorrectionPages people;
    private final ResolutionPages resolutions;

    public Curation(Archive archive, CurationConfig config) {
        Supplier<Accounts> accounts = archive::accounts;
        EditorSessions sessions = new EditorSessions(config);
        this.gate = new Gate(accounts, sessions, config);
        this.signIn = new SignInPages(accounts, sessions, new SignInLimits(config), gate, config);
        this.corrections = new CorrectionPages(archive, gate);
        this.people = new PersonCorrectionPages(archive, gate, corrections.writing());
        this.resolutions = new ResolutionPages(archive, gate, corrections.writing());
    }

    public void install(JavalinConfig config) {
        config.routes.get("/signin", signIn::form);
        config.routes.post("/signin", signIn::signIn);
        config.routes.post("/signout", signIn::signOut);
        config.routes.get("/changes/documents/{id}", corrections::changes);
        config.routes.get("/curation/documents/{id}", corrections::form);
        config.routes.post("/curation/documents/{id}", corrections::correct);
        config.routes.post("/curation/documents/{id}/revert", corrections::revert);
        config.routes.get("/changes/people", people::all);
        config.routes.get("/changes/people/{id}", people::changes);
        config.routes.get("/curation/people/{id}", people::form);
        config.routes.post("/curation/people/revert", people::revert);
        config.routes.post("/curation/people/{id}/rename", people::rename);
        config.routes.post("/curation/people/{id}/merge", people::merge);
        config.routes.post("/curation/people/{id}/not-a-person", people::notAPerson);
        config.routes.post("/curation/people/{id}/split", people::split);
        config.routes.post("/curation/people/{id}/give", people::give);
        config.routes.post("/curation/people/{id}/describe", people::describe);
        config.routes.get("/curation/documents/{id}/resolutions", resolutions::form);
        config.routes.post("/curation/documents/{id}/resolutions", resolutions::correct);
        config.routes.exception(Refused.class, (e, ctx) -> {
            ctx.status(403);
            Pages.render(ctx, "refused.jte", new Views.Refusal("Not allowed", e.getMessage()));
        });
    }
}
