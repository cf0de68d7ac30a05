package org.fonds.search.query;

/**
 * Turns the text a reader typed into an {@link Expr}, or a {@link QueryError} that says where it went
 * wrong. The language, in EBNF (adjacent clauses are joined by AND; NOT binds tighter than AND, AND
 * tighter than OR):
 *
 * <pre>
 * query   = [ or ] ;
 * or      = and { "OR" and } ;
 * and     = unary { [ "AND" ] unary } ;
 * unary   = { "NOT" | "-" | "+" } primary ;          (- and + touch what follows)
 * primary = "(" or ")" | field value | term ;
 * field   = letter { letter | "_" } ":" ;            (a known {@link Scope}, any case)
 * value   = "(" or ")" | term ;                      (right after the colon; no field inside)
 * term    = word | phrase | range ;
 * word    = text [ "*" | "~" [ "1" | "2" ] ] ;       (backslash escapes one character)
 * phrase  = '"' chars '"' [ "~" slop ] ;             (slop 0..20; only \" and \\ escape inside)
 * range   = "[" ( date | "*" ) "TO" ( date | "*" ) "]" ;   (TO in any case; date: and year: only)
 * date    = yyyy [ "-" mm [ "-" dd ] ] ;
 * </pre>
 *
 * <p>A leaf's {@code at} is where its clause starts: the field name for {@code title:Kadar}, the word
 * itself inside a scoped group. The parser holds no state between calls and may be shared.
 */
public final class QueryParser {
    /** The shortest stem a prefix query may have: shorter ones would match most of the vocabulary. */
    public static final int MIN_PREFIX = 2;
    /** The longest query text, in chars; longer is refused before any parsing. */
    public static final int MAX_LENGTH = 2_000;
    /** The most leaf clauses (words, phrases, dates) a query may have. */
    public static final int MAX_CLAUSES = 64;
    /**
     * The most prefix and fuzzy words ({@code Khrush*}, {@code Kadar~}) a query may have. Each is
     * expanded into the index's words that fit, in every field it searches, and marked again in every
     * snippet: 64 fuzzy words cost seconds of CPU per request and 16 short ones overflowed the
     * engine's clause limit (issue 15).
     */
    public static final int MAX_EXPANDING = 8;
    /** The deepest nesting of parentheses and NOTs a query may have. */
    public static final int MAX_DEPTH = 32;

    /** Parses {@code text}; blank text (or null) gives {@link Expr.All}. */
    public Expr parse(String text) {
        if (text == null) return new Expr.All();
        if (text.length() > MAX_LENGTH) {
            throw new QueryError(QueryErrorCode.TOO_LONG, "this query is " + text.length() + " characters long; the most is "
                    + MAX_LENGTH, text, MAX_LENGTH);
        }
        return new Parser(Source.of(text)).parse();
    }
}
