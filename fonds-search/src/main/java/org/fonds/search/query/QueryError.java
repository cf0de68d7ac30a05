package org.fonds.search.query;

import org.fonds.error.Failure;
import org.fonds.error.FondsException;

/**
 * A query the parser could not accept: a stable kebab-case {@link #code()} for programs and tests, a
 * {@link #message()} a reader can act on, and the offset {@link #at()} in the query where it went
 * wrong, which {@link #pointer()} draws as a caret under the query for the command line and the HTTP
 * 400 body.
 */
public final class QueryError extends FondsException {
    private static final long serialVersionUID = 1L;

    private final QueryErrorCode reason;
    private final String query;
    private final int at;

    /** A failure {@code code} at offset {@code at} (clamped into the query) of {@code query}. */
    public QueryError(QueryErrorCode reason, String message, String query, int at) {
        super(Failure.BAD_INPUT, reason.code(), message);
        this.reason = reason; // no stack trace: this is an answer to a reader, not a bug
        this.query = query == null ? "" : query;
        this.at = Math.clamp(at, 0, this.query.length());
    }

    /** What went wrong and what to write instead, in words for a historian. */
    public String message() {
        return getMessage();
    }

    /** Why, as a value; {@link #code()} is its stable text. */
    public QueryErrorCode reason() {
        return reason;
    }

    /** The offset in the query (in chars) where the problem is. */
    public int at() {
        return at;
    }

    /** The query text as given. */
    public String query() {
        return query;
    }

    /**
     * The query on one line (line breaks and other control characters shown as spaces) and, on the next,
     * a caret under the offending character. The caret is placed by code points so a letter outside the
     * Basic Multilingual Plane does not push it off by one.
     */
    public String pointer() {
        StringBuilder line = new StringBuilder(query.length());
        query.chars().forEach(c -> line.append(Character.isISOControl(c) ? ' ' : (char) c));
        int column = query.codePointCount(0, at);
        return line + "\n" + " ".repeat(column) + "^";
    }

    @Override
    public String toString() {
        return "QueryError[" + code() + " at " + at + ": " + getMessage() + "]";
    }
}
