package org.fonds.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

/** Short builders for expected trees, so each test reads like the query it checks. */
final class Q {
    private Q() {}

    static final QueryParser PARSER = new QueryParser();

    static Expr parse(String query) {
        return PARSER.parse(query);
    }

    /** The error {@code query} must give; fails the test if it parses. */
    static QueryError error(String query) {
        QueryError e = catchThrowableOfType(QueryError.class, () -> PARSER.parse(query));
        assertThat(e).as("error for <%s>", query).isNotNull();
        return e;
    }

    static Expr.Word w(String text, int at) {
        return new Expr.Word(null, text, at);
    }

    static Expr.Word w(Scope scope, String text, int at) {
        return new Expr.Word(scope, text, at);
    }

    static Expr.Phrase ph(String text, int slop, int at) {
        return new Expr.Phrase(null, text, slop, at);
    }

    static Expr.During during(String from, String to, int at) {
        return new Expr.During(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), at);
    }

    static Expr.And and(Expr... parts) {
        return new Expr.And(List.of(parts));
    }

    static Expr.Or or(Expr... parts) {
        return new Expr.Or(List.of(parts));
    }

    static Expr.Not not(Expr part) {
        return new Expr.Not(part);
    }
}
