package org.fonds.web.curation;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Accounts;

/**
 * Signing in and out. The sign-in form carries a token that must match a short-lived cookie set with
 * the form (so another site cannot sign a browser in to an account of its choosing); a right
 * password starts a new session (a new id, whatever the browser had) in a cookie that is
 * {@code HttpOnly}, {@code SameSite=Strict}, and {@code Secure} over HTTPS; a wrong one is counted
 * and answered slowly ({@link SignInLimits}). Nothing of the form is ever logged.
 */
final class SignInPages {
    private static final String FORM_COOKIE = "fonds-signin";
    private final Supplier<Accounts> accounts;
    private final EditorSessions sessions;
    private final SignInLimits limits;
    private final Gate gate;
    private final CurationConfig config;

    SignInPages(Supplier<Accounts> accounts, EditorSessions sessions, SignInLimits limits, Gate gate, CurationConfig config) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.limits = limits;
        this.gate = gate;
        this.config = config;
    }

    void form(Context ctx) {
        show(ctx, null, "", Pages.localPath(ctx.queryParam("next")));
    }

    void signIn(Context ctx) throws InterruptedException {
        if (!gate.editingOn()) throw new Refused("editing is switched off: this archive has no accounts");
        gate.sameSite(ctx);
        String formToken = ctx.cookie(FORM_COOKIE);
        if (formToken == null || !EditorSessions.sameToken(formToken, ctx.formParam(Gate.CSRF_FIELD))) {
            throw new Refused("the sign-in form's security token is missing or wrong; open the sign-in page again");
        }
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String next = Pages.localPath(ctx.formParam("next"));
        String address = ctx.req().getRemoteAddr(); // the socket's peer: a forwarding header could be anyone's
        Optional<Duration> locked = limits.locked(name, address);
        if (locked.isPresent()) {
            ctx.status(429).header("Retry-After", String.valueOf(locked.get().toSeconds() + 1));
            show(ctx, "Too many wrong passwords: signing in to this account, or from this address, is locked for "
                    + minutes(locked.get()) + ". Try again later.", name, next);
            return;
        }
        char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        Optional<Account> account;
        try {
            account = accounts.get().check(name, password);
        } finally {
            Arrays.fill(password, ' ');
        }
        if (account.isEmpty()) {
            Thread.sleep(limits.failed(name, accounts.get().find(name).isPresent(), address).toMillis());
            ctx.status(401);
            show(ctx, "The account name or the password is wrong.", name, next);
            return;
        }
        limits.succeeded(name);
        EditorSessions.Session s = sessions.start(name, ctx.cookie(gate.cookieName()));
        setCookie(ctx, gate.cookieName(), s.id(), "/", config.lifetime().toSeconds());
        setCookie(ctx, FORM_COOKIE, "", "/signin", 0);
        ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        Gate.Editor e = gate.signedInForm(ctx);
        sessions.end(e.session().id());
        setCookie(ctx, gate.cookieName(), "", "/", 0);
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, String message, String name, String next) {
        String token = EditorSessions.token();
        setCookie(ctx, FORM_COOKIE, token, "/signin", 600);
        Pages.render(ctx, "signin.jte", new Views.SignIn(message, name, token, next, gate.editingOn()));
    }

    /** Written by hand: every attribute this cookie needs, and nothing the framework might add or leave out. */
    private void setCookie(Context ctx, String name, String value, String path, long maxAge) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge
                + "; HttpOnly; SameSite=Strict" + (config.secure() ? "; Secure" : ""));
    }

    private static String minutes(Duration d) {
        long m = Math.max(1, (d.toSeconds() + 59) / 60);
        return m + (m == 1 ? " minute" : " minutes");
    }
}
