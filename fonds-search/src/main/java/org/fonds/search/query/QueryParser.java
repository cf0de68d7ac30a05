package org.fonds.search.query;

/** Turns the text a reader typed into an {@link Expr}, or a {@link QueryError} that says where it went wrong. */
public final class QueryParser {
    /** The shortest stem a prefix query may have: shorter ones would match most of the vocabulary. */
    public static final int MIN_PREFIX = 2;

    /** Parses {@code text}; blank text gives {@link Expr.All}. */
    public Expr parse(String text) {
        throw new UnsupportedOperationException("being written");
    }
}
