package org.fonds.web.room;

import io.javalin.http.Context;

/**
 * The archive's own address, for citations, canonical links, exports and the sitemap: the
 * {@code --public-url} when one is set, else the address the server listens on. Never the request's
 * Host or forwarding headers: one request with {@code Host: evil.example} once put that domain in
 * the citations readers copy (issue 15; spec/INTERFACES.md, "Addresses").
 */
public final class SiteAddress {
    /** The request attribute the server sets to its public address, when it has one. */
    public static final String ATTRIBUTE = "fonds.publicUrl";

    private SiteAddress() {
    }

    /** The {@code --public-url}, or null: citations and exports name Fonds only when it has a public address. */
    public static String publicOrNull(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** The address without a final slash, e.g. {@code https://archive.example.org} or {@code http://127.0.0.1:8080}. */
    public static String of(Context ctx) {
        String configured = ctx.attribute(ATTRIBUTE);
        if (configured != null) return configured;
        // the socket's own end, which the client cannot choose
        String host = ctx.req().getLocalAddr();
        if (host.indexOf(':') >= 0) host = "[" + host + "]";
        return "http://" + host + ":" + ctx.req().getLocalPort();
    }
}
