package org.fonds.search.query;

/**
 * One token of a query. {@code at} is where it starts in the query; {@code text} is the raw slice for a
 * word (backslashes still in, so later stages can tell an escaped {@code *} from a wildcard and point at
 * it), the unescaped content for a phrase, or what stands between the brackets of a range. {@code scope}
 * is set for a field, {@code slop} for a phrase, {@code closed} says whether a range found its
 * {@code ]}.
 */
record Token(Kind kind, int at, String text, Scope scope, int slop, boolean closed) {

    /** The kinds of token the lexer makes. */
    enum Kind { WORD, PHRASE, RANGE, FIELD, LPAREN, RPAREN, AND, OR, NOT, MINUS, PLUS, END }

    static Token of(Kind kind, int at, String text) {
        return new Token(kind, at, text, null, 0, true);
    }

    /** True if a clause can begin with this token (so an operator before it has its operand). */
    boolean startsClause() {
        return switch (kind) {
            case WORD, PHRASE, RANGE, FIELD, LPAREN, NOT, MINUS, PLUS -> true;
            case RPAREN, AND, OR, END -> false;
        };
    }
}
