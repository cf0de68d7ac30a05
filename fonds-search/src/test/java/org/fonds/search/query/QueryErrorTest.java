package org.fonds.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.search.query.Q.error;
import static org.fonds.search.query.Q.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error code, with the offset it points at. */
class QueryErrorTest {

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            (Kadar                 | unbalanced-parenthesis | 0
            Kadar)                 | unbalanced-parenthesis | 5
            (a (b)                 | unbalanced-parenthesis | 0
            a) (b                  | unbalanced-parenthesis | 1
            )                      | unbalanced-parenthesis | 0
            title:(a               | unbalanced-parenthesis | 6
            Kadar "Imre Nagy       | unterminated-phrase    | 6
            "a\\"                  | unterminated-phrase    | 0
            a "b" "c               | unterminated-phrase    | 6
            ""                     | empty-phrase           | 0
            a "   "                | empty-phrase           | 2
            title:""               | empty-phrase           | 6
            Kadar re: invasion     | unknown-field          | 6
            http://example.org     | unknown-field          | 0
            Kadar AND              | missing-operand        | 6
            OR Kadar               | missing-operand        | 0
            AND                    | missing-operand        | 0
            NOT                    | missing-operand        | 0
            ()                     | missing-operand        | 0
            a ( ) b                | missing-operand        | 2
            a OR OR b              | missing-operand        | 2
            a AND OR b             | missing-operand        | 2
            (a OR)                 | missing-operand        | 3
            a NOT                  | missing-operand        | 2
            a (NOT) b              | missing-operand        | 3
            NOT OR a               | missing-operand        | 0
            -                      | missing-operand        | 0
            Kadar - Nagy           | missing-operand        | 6
            Kadar +                | missing-operand        | 6
            (a -)                  | missing-operand        | 3
            -OR                    | missing-operand        | 0
            title:                 | missing-operand        | 0
            date:1956-13-01        | bad-date               | 5
            date:"1956"            | bad-date               | 5
            date:[1957 TO 1955]    | bad-range              | 5
            date:[* TO *]          | bad-range              | 5
            title:[a TO b]         | range-not-allowed      | 6
            *                      | wildcard-not-allowed   | 0
            **                     | wildcard-not-allowed   | 0
            *chev                  | wildcard-not-allowed   | 0
            Kh*sh                  | wildcard-not-allowed   | 2
            Kh**                   | wildcard-not-allowed   | 2
            K?dar                  | wildcard-not-allowed   | 1
            Kadar?                 | wildcard-not-allowed   | 5
            id:*                   | wildcard-not-allowed   | 3
            -*                     | wildcard-not-allowed   | 1
            Kadar*~                | wildcard-not-allowed   | 5
            a*                     | prefix-too-short       | 0
            x é*                   | prefix-too-short       | 2
            a-*                    | prefix-too-short       | 0
            title:K*               | prefix-too-short       | 6
            Kadar~3                | bad-fuzzy              | 5
            Kadar~0                | bad-fuzzy              | 5
            Kadar~12               | bad-fuzzy              | 5
            Kadar~x                | bad-fuzzy              | 5
            Kadar~~                | bad-fuzzy              | 5
            ~Kadar                 | bad-fuzzy              | 0
            ab~                    | bad-fuzzy              | 0
            x Ky~1                 | bad-fuzzy              | 2
            "a b"~21               | bad-proximity          | 5
            "a b"~100              | bad-proximity          | 5
            "a b"~                 | bad-proximity          | 5
            "a b"~x                | bad-proximity          | 5
            title:(a person:b)     | nested-field           | 9
            """)
    void eachErrorHasItsCodeAndPointsWhereItWentWrong(String query, String code, int at) {
        QueryError e = error(query);
        assertThat(e.code()).as("code for <%s>", query).isEqualTo(code);
        assertThat(e.at()).as("at for <%s>", query).isEqualTo(at);
        assertThat(e.message()).isNotBlank().isEqualTo(e.getMessage());
        assertThat(e.query()).isEqualTo(query);
    }

    @Test
    void operatorErrorsSayWhatTheOperatorNeeds() {
        assertThat(error("Kadar AND").message()).contains("AND", "each side");
        assertThat(error("NOT").message()).contains("NOT Molotov");
        assertThat(error("a*").message()).contains("at least 2 letters");
        assertThat(error("Kh*sh").message()).contains("\\*");
    }

    @Test
    void aQueryOfTheMaximumLengthIsParsedAndOneCharacterMoreIsTooLong() {
        String longest = "a ".repeat(QueryParser.MAX_LENGTH / 2 - 1) + "bb";
        assertThat(longest).hasSize(QueryParser.MAX_LENGTH);
        assertThat(error(longest).code()).isEqualTo("too-complex"); // 1000 words: long enough, but too many
        String quoted = "\"" + "x".repeat(QueryParser.MAX_LENGTH - 2) + "\"";
        assertThat(parse(quoted)).isInstanceOf(Expr.Phrase.class);
        QueryError e = error(quoted + " ");
        assertThat(e.code()).isEqualTo("too-long");
        assertThat(e.at()).isEqualTo(QueryParser.MAX_LENGTH);
        assertThat(e.message()).contains("2001", "2000");
    }

    @Test
    void sixtyFourClausesAreAllowedAndTheSixtyFifthIsTooComplex() {
        String words = "w ".repeat(QueryParser.MAX_CLAUSES).strip();
        assertThat(parse(words)).isInstanceOfSatisfying(Expr.And.class,
                a -> assertThat(a.parts()).hasSize(QueryParser.MAX_CLAUSES));
        QueryError e = error(words + " x");
        assertThat(e.code()).isEqualTo("too-complex");
        assertThat(e.at()).isEqualTo(2 * QueryParser.MAX_CLAUSES);
        assertThat(error("date:[1955 TO 1956] " + words).code()).isEqualTo("too-complex");
    }

    /** 64 fuzzy words once cost seconds of CPU a request, 16 short ones a 500 (issue 15). */
    @Test
    void eightPrefixOrFuzzyWordsAreAllowedAndTheNinthIsTooManyExpansions() {
        int max = QueryParser.MAX_EXPANDING;
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < max; i++) q.append(i % 2 == 0 ? "Kadar" + i + "~ " : "Khrush" + i + "* ");
        assertThat(parse(q.toString().strip())).isInstanceOf(Expr.And.class);
        String ninth = q + "Nagy~";
        QueryError e = error(ninth);
        assertThat(e.code()).isEqualTo("too-many-expansions");
        assertThat(e.at()).isEqualTo(q.length());
        assertThat(error("Kadar~ ".repeat(64).strip()).code()).isEqualTo("too-many-expansions");
        assertThat(parse("Kadar~ " + "troops ".repeat(40).strip())).isInstanceOf(Expr.And.class);
    }

    @Test
    void thirtyTwoLevelsOfNestingAreAllowedAndTheThirtyThirdIsTooComplex() {
        int max = QueryParser.MAX_DEPTH;
        assertThat(parse("(".repeat(max) + "a" + ")".repeat(max))).isEqualTo(Q.w("a", max));
        QueryError e = error("(".repeat(max + 1) + "a" + ")".repeat(max + 1));
        assertThat(e.code()).isEqualTo("too-complex");
        assertThat(e.at()).isEqualTo(max);
        Expr nots = parse("NOT ".repeat(max) + "a");
        for (int i = 0; i < max; i++) nots = ((Expr.Not) nots).part();
        assertThat(nots).isEqualTo(Q.w("a", 4 * max));
        assertThat(error("NOT ".repeat(max + 1) + "a").at()).isEqualTo(4 * max);
        assertThat(error("(".repeat(max) + "-a" + ")".repeat(max)).at()).isEqualTo(max);
        assertThat(error("title:" + "(".repeat(max + 1) + "a").code()).isEqualTo("too-complex");
    }

    @Test
    void pointerShowsTheQueryOnOneLineWithACaretUnderTheProblem() {
        assertThat(error("Kadar AND").pointer()).isEqualTo("Kadar AND\n      ^");
        assertThat(error("(Kadar").pointer()).isEqualTo("(Kadar\n^");
        assertThat(error("a\nb)").pointer()).isEqualTo("a b)\n   ^");
        // a letter outside the BMP is two chars but one column
        assertThat(error("𝔄𝔅 x)").pointer()).isEqualTo("𝔄𝔅 x)\n    ^");
        assertThat(error("Kadar \"Nagy").pointer()).isEqualTo("Kadar \"Nagy\n      ^");
    }

    @Test
    void anErrorAtTheEndPointsJustPastTheLastCharacter() {
        QueryError e = new QueryError(QueryErrorCode.BAD_RANGE, "m", "abc", 99);
        assertThat(e.at()).isEqualTo(3);
        assertThat(e.pointer()).isEqualTo("abc\n   ^");
        assertThat(new QueryError(QueryErrorCode.BAD_RANGE, "m", null, -1).pointer()).isEqualTo("\n^");
    }

    @Test
    void everyReasonHasItsOwnStableKebabCaseCode() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (QueryErrorCode c : QueryErrorCode.values()) {
            assertThat(c.code()).matches("[a-z]+(-[a-z]+)*");
            assertThat(seen.add(c.code())).as("code %s used twice", c.code()).isTrue();
        }
        QueryError e = new QueryError(QueryErrorCode.UNKNOWN_FIELD, "m", "colour:red", 0);
        assertThat(e.code()).isEqualTo("unknown-field");
        assertThat(e.reason()).isEqualTo(QueryErrorCode.UNKNOWN_FIELD);
        assertThat(e.kind()).isEqualTo(org.fonds.error.Failure.BAD_INPUT);
    }
}
