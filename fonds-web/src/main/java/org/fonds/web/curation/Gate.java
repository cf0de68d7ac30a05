package org.fonds.web.curation;

import io.javalin.http.Context;
import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Accounts;

/**
 * Who is asking, and whether they may change anything. Every request that changes data passes
 * {@link #change}: editing switched on (an account exists), the request from this site (its
 * {@code Origin}, and {@code Sec-Fetch-Site} where the browser sends it), a live session, an account
 * that still exists with a role that may edit (read afresh, so {@code fonds user remove} takes effect
 * at once), and the session's CSRF token in the form. Any failure is {@link Refused}: 403.
 */
final class Gate {
    static final String CSRF_FIELD = "csrf";
    private final Supplier<Accounts> accounts;
    private final EditorSessions sessions;
    private final CurationConfig config;
    private final String cookie;

    /** A signed-in account and its session. */
    record Editor(Account account, EditorSessions.Session session) {
    }

    Gate(Supplier<Accounts> accounts, EditorSessions sessions, CurationConfig config) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.config = config;
        // the __Host- prefix makes a browser refuse the cookie unless Secure, for this host, path /
        this.cookie = config.secure() ? "__Host-fonds-session" : "fonds-session";
    }

    String cookieName() {
        return cookie;
    }

    boolean editingOn() {
        return accounts.get().any();
    }

    /** The signed-in account of this request, whatever its role; empty for a reader without one. */
    Optional<Editor> signedIn(Context ctx) {
        Optional<EditorSessions.Session> s = sessions.find(ctx.cookie(cookie));
        if (s.isEmpty()) return Optional.empty();
        Optional<Account> a = accounts.get().find(s.get().account());
        if (a.isEmpty()) {
            sessions.end(s.get().id());
            return Optional.empty();
        }
        return Optional.of(new Editor(a.get(), s.get()));
    }

    /**
     * The editor who may open a correction form: empty after sending a reader without a session to sign
     * in, and back to {@code next} (already encoded for the query) after; {@link Refused} for a role that
     * may not edit.
     */
    Optional<Editor> formEditor(Context ctx, String next) {
        Optional<Editor> e = signedIn(ctx);
        if (e.isEmpty()) {
            ctx.redirect("/signin?next=" + next, io.javalin.http.HttpStatus.SEE_OTHER);
            return e;
        }
        if (!e.get().account().role().canEdit()) throw new Refused("the account " + e.get().account().name() + " may not change the archive");
        return e;
    }

    /** The editor making this change, or {@link Refused}. */
    Editor change(Context ctx) {
        Editor e = signedInForm(ctx);
        if (!e.account().role().canEdit()) throw new Refused("the account " + e.account().name() + " may not change the archive");
        return e;
    }

    /** The signed-in account sending this form (any role: signing out), or {@link Refused}. */
    Editor signedInForm(Context ctx) {
        if (!editingOn()) throw new Refused("editing is switched off: this archive has no accounts");
        sameSite(ctx);
        Editor e = signedIn(ctx).orElseThrow(() -> new Refused("sign in first (no session, or it has expired)"));
        if (!EditorSessions.sameToken(e.session().csrf(), ctx.formParam(CSRF_FIELD))) {
            throw new Refused("the form's security token is missing or wrong; open the page again and resend it");
        }
        return e;
    }

    /** Refuses a request another site's page sent (a browser names it in Origin and Sec-Fetch-Site). */
    void sameSite(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw new Refused("a change must be sent from this site's own pages");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origins(ctx).contains(origin)) throw new Refused("a change must be sent from this site's own pages");
    }

    /** This site's origins: the public URL's, and the socket's own as 127.0.0.1 and localhost (never the Host header). */
    private Set<String> origins(Context ctx) {
        Set<String> out = new HashSet<>();
        if (config.publicUrl() != null) {
            URI u = URI.create(config.publicUrl());
            out.add(u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()));
        }
        int port = ctx.req().getLocalPort();
        out.add("http://127.0.0.1:" + port);
        out.add("http://localhost:" + port);
        return out;
    }
}
