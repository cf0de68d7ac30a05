package org.fonds.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.search.query.Q.and;
import static org.fonds.search.query.Q.not;
import static org.fonds.search.query.Q.or;
import static org.fonds.search.query.Q.parse;
import static org.fonds.search.query.Q.ph;
import static org.fonds.search.query.Q.w;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every construct of the language, to its exact tree. */
class QueryParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t  ", "\n\r", "\u00A0\u2003", "\u0000\u0007"})
    void blankOrEmptyQueryIsAll(String query) {
        assertThat(parse(query)).isEqualTo(new Expr.All());
    }

    @Test
    void nullIsAll() {
        assertThat(parse(null)).isEqualTo(new Expr.All());
    }

    @Test
    void oneWordIsAWordWithItsOffset() {
        assertThat(parse("Kadar")).isEqualTo(w("Kadar", 0));
        assertThat(parse("   Kadar  ")).isEqualTo(w("Kadar", 3));
    }

    @Test
    void adjacentWordsAreJoinedByAnd() {
        assertThat(parse("Kadar Nagy Andropov")).isEqualTo(and(w("Kadar", 0), w("Nagy", 6), w("Andropov", 11)));
    }

    @Test
    void explicitAndIsTheSameAsAdjacency() {
        assertThat(parse("Kadar AND Nagy")).isEqualTo(and(w("Kadar", 0), w("Nagy", 10)));
    }

    @Test
    void orJoinsAlternatives() {
        assertThat(parse("Kadar OR Nagy OR Rakosi")).isEqualTo(or(w("Kadar", 0), w("Nagy", 9), w("Rakosi", 17)));
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(parse("a OR b c")).isEqualTo(or(w("a", 0), and(w("b", 5), w("c", 7))));
        assertThat(parse("a b OR c")).isEqualTo(or(and(w("a", 0), w("b", 2)), w("c", 7)));
        assertThat(parse("a AND b OR c AND d"))
                .isEqualTo(or(and(w("a", 0), w("b", 6)), and(w("c", 11), w("d", 17))));
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(parse("NOT a b")).isEqualTo(and(not(w("a", 4)), w("b", 6)));
        assertThat(parse("a NOT b")).isEqualTo(and(w("a", 0), not(w("b", 6))));
        assertThat(parse("NOT a OR b")).isEqualTo(or(not(w("a", 4)), w("b", 9)));
        assertThat(parse("a AND NOT b")).isEqualTo(and(w("a", 0), not(w("b", 10))));
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertThat(parse("(a OR b) c")).isEqualTo(and(or(w("a", 1), w("b", 6)), w("c", 9)));
        assertThat(parse("NOT (a OR b)")).isEqualTo(not(or(w("a", 5), w("b", 10))));
    }

    @Test
    void nestedAndsAndOrsAreFlattenedAndSingleGroupsUnwrapped() {
        assertThat(parse("(a b) (c d)")).isEqualTo(and(w("a", 1), w("b", 3), w("c", 7), w("d", 9)));
        assertThat(parse("(a OR b) OR (c OR d)")).isEqualTo(or(w("a", 1), w("b", 6), w("c", 13), w("d", 18)));
        assertThat(parse("((((a))))")).isEqualTo(w("a", 4));
        assertThat(parse("(a) OR ((b))")).isEqualTo(or(w("a", 1), w("b", 9)));
        // an Or inside an And is a different operator and stays a group
        assertThat(parse("a (b OR c)")).isEqualTo(and(w("a", 0), or(w("b", 3), w("c", 8))));
    }

    @Test
    void operatorsAreOperatorsOnlyInUpperCase() {
        assertThat(parse("war and peace")).isEqualTo(and(w("war", 0), w("and", 4), w("peace", 8)));
        assertThat(parse("this or that")).isEqualTo(and(w("this", 0), w("or", 5), w("that", 8)));
        assertThat(parse("not now")).isEqualTo(and(w("not", 0), w("now", 4)));
        assertThat(parse("And Or Not")).isEqualTo(and(w("And", 0), w("Or", 4), w("Not", 7)));
        assertThat(parse("ANDROPOV ORDER NOTES")).isEqualTo(and(w("ANDROPOV", 0), w("ORDER", 9), w("NOTES", 15)));
    }

    @Test
    void operatorsNextToParenthesesAreStillOperators() {
        assertThat(parse("(a)OR(b)")).isEqualTo(or(w("a", 1), w("b", 6)));
    }

    @Test
    void minusIsNotAndPlusIsRequired() {
        assertThat(parse("Kadar -Molotov")).isEqualTo(and(w("Kadar", 0), not(w("Molotov", 7))));
        assertThat(parse("+Kadar +Nagy")).isEqualTo(and(w("Kadar", 1), w("Nagy", 8)));
        assertThat(parse("-(a OR b)")).isEqualTo(not(or(w("a", 2), w("b", 7))));
        assertThat(parse("-\"Imre Nagy\"")).isEqualTo(not(ph("Imre Nagy", 0, 1)));
        assertThat(parse("a OR -b")).isEqualTo(or(w("a", 0), not(w("b", 6))));
    }

    @Test
    void hyphenInsideAWordIsPartOfIt() {
        assertThat(parse("Soviet-Hungarian talks")).isEqualTo(and(w("Soviet-Hungarian", 0), w("talks", 17)));
        assertThat(parse("a+b")).isEqualTo(w("a+b", 0));
    }

    @Test
    void onlyNegativeClausesAreAllowed() {
        assertThat(parse("NOT Molotov")).isEqualTo(not(w("Molotov", 4)));
        assertThat(parse("-Molotov -Zhukov")).isEqualTo(and(not(w("Molotov", 1)), not(w("Zhukov", 10))));
    }

    @Test
    void negationsStackAsWritten() {
        assertThat(parse("NOT NOT a")).isEqualTo(not(not(w("a", 8))));
        assertThat(parse("NOT -a")).isEqualTo(not(not(w("a", 5))));
        assertThat(parse("+-a")).isEqualTo(not(w("a", 2)));
    }

    @Test
    void phrasesKeepTheirWordsAndProximity() {
        assertThat(parse("\"Pancha Shila\"")).isEqualTo(ph("Pancha Shila", 0, 0));
        assertThat(parse("\"Soviet troops\"~3")).isEqualTo(ph("Soviet troops", 3, 0));
        assertThat(parse("\"Soviet troops\"~0")).isEqualTo(ph("Soviet troops", 0, 0));
        assertThat(parse("\"Soviet troops\"~20")).isEqualTo(ph("Soviet troops", 20, 0));
        assertThat(parse("\"  padded  \"")).isEqualTo(ph("padded", 0, 0));
    }

    @Test
    void phraseEscapesAreOnlyQuoteAndBackslash() {
        assertThat(parse("\"say \\\"no\\\" now\"")).isEqualTo(ph("say \"no\" now", 0, 0));
        assertThat(parse("\"a\\\\b\"")).isEqualTo(ph("a\\b", 0, 0));
        // any other backslash, and every operator character, is literal inside quotes
        assertThat(parse("\"re\\: (AND) title:x * ~ -y\"")).isEqualTo(ph("re\\: (AND) title:x * ~ -y", 0, 0));
    }

    @Test
    void aQuoteEndsAWordAndStartsAPhrase() {
        assertThat(parse("Kadar\"Nagy\"")).isEqualTo(and(w("Kadar", 0), ph("Nagy", 0, 5)));
        assertThat(parse("\"a b\"c")).isEqualTo(and(ph("a b", 0, 0), w("c", 5)));
        assertThat(parse("\"a b\"~2c")).isEqualTo(and(ph("a b", 2, 0), w("c", 7)));
    }

    @Test
    void phrasesCombineWithWordsAndOperators() {
        assertThat(parse("\"Imre Nagy\" OR Kadar -\"Warsaw Pact\""))
                .isEqualTo(or(ph("Imre Nagy", 0, 0), and(w("Kadar", 15), not(ph("Warsaw Pact", 0, 22)))));
    }

    @Test
    void prefixHasItsStem() {
        assertThat(parse("Khrush*")).isEqualTo(new Expr.Prefix(null, "Khrush", 0));
        assertThat(parse("Kh*")).isEqualTo(new Expr.Prefix(null, "Kh", 0));
        assertThat(parse("19*")).isEqualTo(new Expr.Prefix(null, "19", 0));
        assertThat(parse("Kád*")).isEqualTo(new Expr.Prefix(null, "Kád", 0));
    }

    @Test
    void fuzzyHasItsEdits() {
        assertThat(parse("Kadar~")).isEqualTo(new Expr.Fuzzy(null, "Kadar", 2, 0));
        assertThat(parse("Kadar~1")).isEqualTo(new Expr.Fuzzy(null, "Kadar", 1, 0));
        assertThat(parse("Kadar~2")).isEqualTo(new Expr.Fuzzy(null, "Kadar", 2, 0));
        assertThat(parse("Tito~")).isEqualTo(new Expr.Fuzzy(null, "Tito", 2, 0));
        assertThat(parse("Ике~1")).isEqualTo(new Expr.Fuzzy(null, "Ике", 1, 0));
    }

    @Test
    void backslashMakesTheNextCharacterLiteral() {
        assertThat(parse("\\(1956\\)")).isEqualTo(w("(1956)", 0));
        assertThat(parse("re\\:")).isEqualTo(w("re:", 0));
        assertThat(parse("note\\: that")).isEqualTo(and(w("note:", 0), w("that", 7)));
        assertThat(parse("star\\*")).isEqualTo(w("star*", 0));
        assertThat(parse("\\*")).isEqualTo(w("*", 0));
        assertThat(parse("K\\?dar")).isEqualTo(w("K?dar", 0));
        assertThat(parse("Kadar\\~")).isEqualTo(w("Kadar~", 0));
        assertThat(parse("\\-Molotov")).isEqualTo(w("-Molotov", 0));
        assertThat(parse("\\AND")).isEqualTo(w("AND", 0));
        assertThat(parse("a\\ b")).isEqualTo(w("a b", 0));
        assertThat(parse("say\\\"")).isEqualTo(w("say\"", 0));
        assertThat(parse("back\\\\slash")).isEqualTo(w("back\\slash", 0));
        assertThat(parse("end\\")).isEqualTo(w("end\\", 0));
        assertThat(parse("\\[sic\\]")).isEqualTo(w("[sic]", 0));
    }

    @Test
    void aColonNotAfterAFieldNameIsPartOfTheWord() {
        assertThat(parse("2:30")).isEqualTo(w("2:30", 0));
        assertThat(parse("a1:b")).isEqualTo(w("a1:b", 0));
        assertThat(parse(":colon")).isEqualTo(w(":colon", 0));
        assertThat(parse("Kádár:x")).isEqualTo(w("Kádár:x", 0));
        assertThat(parse("_query_:x")).isEqualTo(w("_query_:x", 0));
    }

    @Test
    void controlCharactersSeparateWordsLikeSpaces() {
        assertThat(parse("Kadar\tNagy\nAndropov\u0000x"))
                .isEqualTo(and(w("Kadar", 0), w("Nagy", 6), w("Andropov", 11), w("x", 20)));
        assertThat(parse("\"Imre\nNagy\"")).isEqualTo(ph("Imre Nagy", 0, 0));
    }

    @Test
    void unicodeWordsAreWords() {
        assertThat(parse("Kádár")).isEqualTo(w("Kádár", 0));
        assertThat(parse("Хрущёв OR Khrushchev")).isEqualTo(or(w("Хрущёв", 0), w("Khrushchev", 10)));
        assertThat(parse("毛泽东 周恩来")).isEqualTo(and(w("毛泽东", 0), w("周恩来", 4)));
        assertThat(parse("Хрущ*")).isEqualTo(new Expr.Prefix(null, "Хрущ", 0));
        assertThat(parse("\"Ngô Đình Diệm\"")).isEqualTo(ph("Ngô Đình Diệm", 0, 0));
        assertThat(parse("𝔄𝔅 x")).isEqualTo(and(w("𝔄𝔅", 0), w("x", 5)));
    }
}
