package org.fonds.search.query;

import java.util.ArrayList;
import java.util.List;
import org.fonds.search.query.Token.Kind;

/**
 * The recursive-descent parser of one query (a new one per query: it keeps the position, depth and
 * clause count). Precedence is NOT over AND over OR; adjacent clauses are joined by AND. Depth is checked
 * before every descent, so no input can overflow the stack.
 */
final class Parser {
    private static final String STRAY_CLOSE = "this ) closes nothing: no ( is open before it; remove it, or write \\) to"
            + " search for it";
    private static final String UNCLOSED = "this ( is never closed; add a ) after the words it groups";

    private final Source src;
    private final Lexer lexer;
    private final Terms terms;
    private final Dates dates;
    private Token peeked;
    private int depth;
    private int leaves;
    private int expanding;
    private Scope scope; // the scope of the group being parsed, pushed down into its leaves; null outside one

    Parser(Source src) {
        this.src = src;
        this.lexer = new Lexer(src);
        this.terms = new Terms(src);
        this.dates = new Dates(src);
    }

    Expr parse() {
        if (peek().kind() == Kind.END) return new Expr.All(); // only spaces, of whatever kind
        Expr e = or();
        Token t = peek();
        if (t.kind() == Kind.RPAREN) throw unbalanced(t, STRAY_CLOSE);
        return e;
    }

    private Token peek() {
        if (peeked == null) peeked = lexer.next();
        return peeked;
    }

    private Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }

    // or := and { "OR" and }
    private Expr or() {
        List<Expr> parts = new ArrayList<>();
        parts.add(and());
        while (peek().kind() == Kind.OR) {
            operand(next());
            parts.add(and());
        }
        return Exprs.or(parts);
    }

    // and := unary { ["AND"] unary }
    private Expr and() {
        List<Expr> parts = new ArrayList<>();
        parts.add(unary());
        while (true) {
            if (peek().kind() == Kind.AND) operand(next());
            else if (!peek().startsClause()) break;
            parts.add(unary());
        }
        return Exprs.and(parts);
    }

    // unary := { "NOT" | "-" | "+" } primary   (a loop, not recursion: "------x" cannot deepen the stack)
    private Expr unary() {
        int nots = 0;
        while (peek().kind() == Kind.NOT || peek().kind() == Kind.MINUS || peek().kind() == Kind.PLUS) {
            Token op = next();
            operand(op);
            if (op.kind() == Kind.PLUS) continue; // +word only says the word is required, as it is anyway
            if (depth + ++nots > QueryParser.MAX_DEPTH) throw tooDeep(op);
        }
        depth += nots;
        Expr e = primary();
        depth -= nots;
        for (int i = 0; i < nots; i++) e = new Expr.Not(e);
        return e;
    }

    // primary := "(" or ")" | FIELD value | term
    private Expr primary() {
        Token t = next();
        return switch (t.kind()) {
            case LPAREN -> group(t, scope);
            case FIELD -> scoped(t);
            case WORD, PHRASE, RANGE -> leaf(t, scope, t.at());
            case RPAREN -> throw unbalanced(t, STRAY_CLOSE);
            case END -> throw src.error(QueryErrorCode.MISSING_OPERAND, "the query ends where a word was expected", t.at());
            case AND, OR -> throw src.error(QueryErrorCode.MISSING_OPERAND, t.text() + " joins two clauses and needs one on each"
                    + " side (Kadar " + t.text() + " Nagy); to search for the word, write it in lower case", t.at());
            case NOT, MINUS, PLUS -> throw new IllegalStateException("unary() takes " + t.kind());
        };
    }

    // value := "(" or ")" | term     (the scope goes down into every leaf of the group)
    private Expr scoped(Token field) {
        if (scope != null) throw nested(field);
        Token v = next();
        return switch (v.kind()) {
            case LPAREN -> group(v, field.scope());
            case FIELD -> throw nested(v);
            case WORD, PHRASE, RANGE -> leaf(v, field.scope(), field.at());
            default -> throw new IllegalStateException("a field's value cannot be " + v.kind());
        };
    }

    private Expr group(Token open, Scope groupScope) {
        if (depth + 1 > QueryParser.MAX_DEPTH) throw tooDeep(open);
        if (peek().kind() == Kind.RPAREN) {
            throw src.error(QueryErrorCode.MISSING_OPERAND, "these parentheses are empty; put words inside them, or remove them", open.at());
        }
        if (peek().kind() == Kind.END) throw unbalanced(open, UNCLOSED);
        Scope outer = scope;
        depth++;
        scope = groupScope;
        Expr e = or();
        scope = outer;
        depth--;
        if (next().kind() != Kind.RPAREN) throw unbalanced(open, UNCLOSED);
        return e;
    }

    private Expr leaf(Token t, Scope s, int at) {
        if (++leaves > QueryParser.MAX_CLAUSES) {
            throw src.error(QueryErrorCode.TOO_COMPLEX, "this query has more than " + QueryParser.MAX_CLAUSES + " words and"
                    + " phrases; split it into simpler searches", t.at());
        }
        return switch (t.kind()) {
            case WORD -> s != null && s.isDate()
                    ? dates.single(s, Terms.plain(t.text()), t.at(), at)
                    : expanding(terms.leaf(s, t.text(), t.at(), at), t);
            case PHRASE -> phrase(t, s, at);
            case RANGE -> range(t, s, at);
            default -> throw new IllegalStateException("not a leaf: " + t.kind());
        };
    }

    /** Counts prefix and fuzzy words against {@link QueryParser#MAX_EXPANDING}. */
    private Expr expanding(Expr leaf, Token t) {
        if ((leaf instanceof Expr.Prefix || leaf instanceof Expr.Fuzzy) && ++expanding > QueryParser.MAX_EXPANDING) {
            throw src.error(QueryErrorCode.TOO_MANY_EXPANSIONS, "this query has more than " + QueryParser.MAX_EXPANDING
                    + " words with * or ~, each of which stands for many words; keep the rest as plain words", t.at());
        }
        return leaf;
    }

    private Expr phrase(Token t, Scope s, int at) {
        if (s != null && s.isDate()) {
            throw src.error(QueryErrorCode.BAD_DATE, s.scopeName() + ": takes a date, not a phrase; write " + s.scopeName()
                    + (s == Scope.YEAR ? ":1956" : ":1956-11-02"), t.at());
        }
        return new Expr.Phrase(s, t.text(), t.slop(), at);
    }

    private Expr range(Token t, Scope s, int at) {
        if (s == null || !s.isDate()) {
            throw src.error(QueryErrorCode.RANGE_NOT_ALLOWED, "a [from TO to] range works only on date: and year:"
                    + " (date:[1956-10-23 TO 1956-11-04]); to search for the bracketed words, put them in quotes",
                    t.at());
        }
        if (!t.closed()) throw src.error(QueryErrorCode.BAD_RANGE, "this range has no closing ]; write " + s.scopeName()
                + ":[from TO to]", t.at());
        return dates.range(s, t.text(), t.at(), at);
    }

    /** After an operator, a clause must follow; the error points at the operator that lacks it. */
    private void operand(Token op) {
        if (peek().startsClause()) return;
        String hint = switch (op.kind()) {
            case AND, OR -> op.text() + " joins two clauses and needs one on each side (Kadar " + op.text() + " Nagy)";
            case NOT -> "NOT needs a word or group after it (NOT Molotov)";
            default -> "'" + op.text() + "' needs a word or group right after it (" + op.text() + "Molotov)";
        };
        throw src.error(QueryErrorCode.MISSING_OPERAND, hint + "; to search for the word itself, write it in lower case"
                + " or in quotes", op.at());
    }

    private QueryError unbalanced(Token t, String message) {
        return src.error(QueryErrorCode.UNBALANCED_PARENTHESIS, message, t.at());
    }

    private QueryError tooDeep(Token t) {
        return src.error(QueryErrorCode.TOO_COMPLEX, "this query nests more than " + QueryParser.MAX_DEPTH
                + " levels of parentheses and NOTs; simplify it", t.at());
    }

    private QueryError nested(Token field) {
        return src.error(QueryErrorCode.NESTED_FIELD, "a field cannot go inside another field's group or value; write"
                + " title:(Hungary OR Poland) or (title:Hungary OR person:Nagy)", field.at());
    }
}
