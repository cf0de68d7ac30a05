package org.fonds.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.fonds.search.query.Q.and;
import static org.fonds.search.query.Q.error;
import static org.fonds.search.query.Q.parse;
import static org.fonds.search.query.Q.ph;
import static org.fonds.search.query.Q.w;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile, huge and random input: always a tree or a QueryError, never engine syntax, never a crash. */
class QueryRobustnessTest {
    private static final Set<String> CODES = Set.of("unbalanced-parenthesis", "unterminated-phrase", "unknown-field",
            "empty-phrase", "missing-operand", "bad-date", "bad-range", "range-not-allowed", "wildcard-not-allowed",
            "prefix-too-short", "bad-fuzzy", "bad-proximity", "nested-field", "too-long", "too-complex");

    @Test
    void solrLocalParamsAreTextOrAClearError() {
        assertThat(parse("local params")).isEqualTo(and(w("local", 0), w("params", 6)));
        assertThat(parse("_query_:\"{!dismax}\"")).isEqualTo(and(w("_query_:", 0), ph("{!dismax}", 0, 8)));
        assertThat(parse("{!lucene}Kadar")).isEqualTo(w("{!lucene}Kadar", 0));
        assertThat(parse("{!func}sum(1,2)")).isEqualTo(and(w("{!func}sum", 0), w("1,2", 11)));
        // the DOCTYPE's [ starts a bracket range, which is refused on undated text
        assertThat(error("{!xmlparser v='<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>'}").code())
                .isEqualTo("range-not-allowed");
        assertThat(parse("\"{!xmlparser v='<!DOCTYPE x [<!ENTITY xxe SYSTEM \\\"file:///etc/passwd\\\">]>'}\""))
                .isInstanceOf(Expr.Phrase.class);
    }

    @Test
    void regexesAndMatchAllAreRefusedNotPassedOn() {
        assertThat(error("/.*/").code()).isEqualTo("wildcard-not-allowed");
        assertThat(error("id:*").code()).isEqualTo("wildcard-not-allowed");
        assertThat(error("*:*").code()).isEqualTo("wildcard-not-allowed");
        assertThat(parse("title:/[a-z]+/")).isEqualTo(w(Scope.TITLE, "/[a-z]+/", 0));
        assertThat(parse("/Kadar/")).isEqualTo(w("/Kadar/", 0));
    }

    @Test
    void otherEngineOperatorsAreJustText() {
        assertThat(parse("a && b || !c")).isEqualTo(and(w("a", 0), w("&&", 2), w("b", 5), w("||", 7), w("!c", 10)));
        assertThat(parse("Kadar^10")).isEqualTo(w("Kadar^10", 0));
    }

    @Test
    void exclusiveRangeBracesAreRefusedAsDates() {
        assertThat(error("date:{1956 TO 1957}").code()).isEqualTo("bad-date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", "-", "+", "\"", "[", "NOT ", "a OR ", "\\"})
    void aHundredThousandOfAnythingIsRefusedAsTooLong(String unit) {
        String huge = unit.repeat(100_000);
        QueryError e = error(huge);
        assertThat(e.code()).isEqualTo("too-long");
    }

    @Test
    void deepNestingWithinTheLengthLimitIsTooComplexNotAStackOverflow() {
        int n = QueryParser.MAX_LENGTH - 1;
        assertThat(error("(".repeat(n)).code()).isEqualTo("too-complex");
        assertThat(error("(".repeat(n / 2) + ")".repeat(n / 2)).code()).isEqualTo("too-complex");
        assertThat(error("-".repeat(n) + "a").code()).isEqualTo("too-complex");
        assertThat(error("NOT ".repeat(n / 4) + "a").code()).isEqualTo("too-complex");
        assertThat(error("-(".repeat(n / 2)).code()).isEqualTo("too-complex");
        assertThat(parse("+".repeat(n - 1) + "ab")).isEqualTo(w("ab", n - 1)); // + adds no depth
    }

    @Test
    void randomQueriesEndInATreeOrAQueryError() {
        List<String> alphabet = List.of("a", "K", "z", "é", "Х", "中", "1", "9", "1956", "-11", " ", " ", " ", "\"",
                "(", ")", "[", "]", ":", "*", "~", "\\", "-", "+", "?", "AND", "OR", "NOT", "TO", "to", "title:",
                "date:", "year:", "re:", "\t", "{", "!", "/", "_", "𝔄");
        Random random = new Random(1956_11_04L);
        int trees = 0;
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(10) == 0 ? random.nextInt(400) : random.nextInt(25);
            StringBuilder query = new StringBuilder();
            for (int j = 0; j < length; j++) query.append(alphabet.get(random.nextInt(alphabet.size())));
            if (check(query.toString())) trees++;
        }
        // a fuzz run that only ever produced errors (or only trees) would test little
        assertThat(trees).isBetween(1_000, 19_000);
    }

    /** True if {@code query} parsed to a well-formed tree, false if it gave a well-formed error. */
    private static boolean check(String query) {
        try {
            Expr e = Q.PARSER.parse(query);
            if (e instanceof Expr.All) {
                assertThat(query).as("only a blank query matches everything").isBlank();
                return true;
            }
            assertThat(leaves(e, 0)).as("leaves of <%s>", query).isLessThanOrEqualTo(QueryParser.MAX_CLAUSES);
            return true;
        } catch (QueryError e) {
            assertThat(e.code()).as("code for <%s>", query).isIn(CODES);
            assertThat(e.at()).isBetween(0, query.length());
            assertThat(e.pointer()).contains("^");
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            return fail("<" + query + "> threw " + e, e);
        }
    }

    /** Counts the leaves, checking on the way that the tree is in simplest form. */
    private static int leaves(Expr e, int depth) {
        assertThat(depth).isLessThanOrEqualTo(QueryParser.MAX_DEPTH + 1);
        return switch (e) {
            case Expr.And a -> {
                assertThat(a.parts()).hasSizeGreaterThan(1).noneMatch(p -> p instanceof Expr.And);
                yield a.parts().stream().mapToInt(p -> leaves(p, depth + 1)).sum();
            }
            case Expr.Or o -> {
                assertThat(o.parts()).hasSizeGreaterThan(1).noneMatch(p -> p instanceof Expr.Or);
                yield o.parts().stream().mapToInt(p -> leaves(p, depth + 1)).sum();
            }
            case Expr.Not n -> leaves(n.part(), depth + 1);
            case Expr.All all -> fail("All inside a non-blank query");
            case Expr.Word w -> {
                assertThat(w.text()).isNotEmpty();
                yield 1;
            }
            case Expr.Prefix p -> {
                assertThat(p.stem().codePoints().filter(Character::isLetterOrDigit).count())
                        .isGreaterThanOrEqualTo(QueryParser.MIN_PREFIX);
                yield 1;
            }
            case Expr.Fuzzy f -> {
                assertThat(f.edits()).isBetween(1, 2);
                yield 1;
            }
            case Expr.Phrase p -> {
                assertThat(p.text()).isNotBlank();
                assertThat(p.slop()).isBetween(0, 20);
                yield 1;
            }
            case Expr.During d -> {
                assertThat(d.from() != null || d.to() != null).isTrue();
                if (d.from() != null && d.to() != null) assertThat(d.from()).isBeforeOrEqualTo(d.to());
                yield 1;
            }
        };
    }
}
