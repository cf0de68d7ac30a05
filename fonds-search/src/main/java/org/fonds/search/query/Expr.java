package org.fonds.search.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed query: what the reader asked for, free of any engine's syntax. The parser ({@link
 * QueryParser}) makes it from the text a reader typed; each engine translates it into its own query
 * objects, so user input never reaches an engine's parser. {@code scope} is the field scope typed
 * before a colon, or {@code null} for the default fields; {@code at} is the offset in the query text
 * where the clause starts (for messages).
 */
public sealed interface Expr {

    /** The empty query: every document. */
    record All() implements Expr {}

    /** One word as typed; the field's analyzer decides what it becomes (it may give several tokens). */
    record Word(Scope scope, String text, int at) implements Expr {}

    /** {@code stem*}: words that start with {@code stem} (at least {@link QueryParser#MIN_PREFIX} characters). */
    record Prefix(Scope scope, String stem, int at) implements Expr {}

    /** {@code word~} or {@code word~1}: words within {@code edits} (1 or 2) edits. */
    record Fuzzy(Scope scope, String text, int edits, int at) implements Expr {}

    /** {@code "several words"}, or {@code "words"~N}: the words in order, up to {@code slop} moves apart. */
    record Phrase(Scope scope, String text, int slop, int at) implements Expr {}

    /**
     * A span of days, both ends included, from {@code date:} or {@code year:} (a single value or a
     * {@code [A TO B]} range; {@code *} leaves an end open, given here as {@code null}).
     */
    record During(LocalDate from, LocalDate to, int at) implements Expr {}

    /** Every part must match. */
    record And(List<Expr> parts) implements Expr {}

    /** At least one part must match. */
    record Or(List<Expr> parts) implements Expr {}

    /** The part must not match. */
    record Not(Expr part) implements Expr {}
}
