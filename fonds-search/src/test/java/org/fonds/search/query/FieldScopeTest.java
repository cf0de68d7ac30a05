package org.fonds.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.search.query.Q.and;
import static org.fonds.search.query.Q.error;
import static org.fonds.search.query.Q.not;
import static org.fonds.search.query.Q.or;
import static org.fonds.search.query.Q.parse;
import static org.fonds.search.query.Q.w;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Field scopes: what they apply to, how they go down into groups, and what they refuse. */
class FieldScopeTest {

    @ParameterizedTest
    @EnumSource(value = Scope.class, mode = EnumSource.Mode.EXCLUDE, names = {"YEAR", "DATE"})
    void everyTextScopeIsKnownInAnyCase(Scope scope) {
        String name = scope.scopeName();
        assertThat(parse(name + ":Kadar")).isEqualTo(w(scope, "Kadar", 0));
        assertThat(parse(name.toUpperCase() + ":Kadar")).isEqualTo(w(scope, "Kadar", 0));
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        assertThat(parse(capital + ":Kadar")).isEqualTo(w(scope, "Kadar", 0));
    }

    @Test
    void aScopeAppliesToWordPrefixFuzzyAndPhrase() {
        assertThat(parse("person:Kadar")).isEqualTo(w(Scope.PERSON, "Kadar", 0));
        assertThat(parse("person:Khrush*")).isEqualTo(new Expr.Prefix(Scope.PERSON, "Khrush", 0));
        assertThat(parse("person:Kadar~1")).isEqualTo(new Expr.Fuzzy(Scope.PERSON, "Kadar", 1, 0));
        assertThat(parse("title:\"Pancha Shila\"~2")).isEqualTo(new Expr.Phrase(Scope.TITLE, "Pancha Shila", 2, 0));
    }

    @Test
    void aScopeAppliesToOneClauseOnly() {
        assertThat(parse("title:Hungary Poland")).isEqualTo(and(w(Scope.TITLE, "Hungary", 0), w("Poland", 14)));
        assertThat(parse("Nagy person:Kadar")).isEqualTo(and(w("Nagy", 0), w(Scope.PERSON, "Kadar", 5)));
    }

    @Test
    void aScopeOnAGroupGoesDownIntoEveryLeaf() {
        assertThat(parse("title:(Hungary OR Poland)"))
                .isEqualTo(or(w(Scope.TITLE, "Hungary", 7), w(Scope.TITLE, "Poland", 18)));
        assertThat(parse("title:(Hungary (Poland OR \"Warsaw Pact\") -Yugoslavia)")).isEqualTo(and(
                w(Scope.TITLE, "Hungary", 7),
                or(w(Scope.TITLE, "Poland", 16), new Expr.Phrase(Scope.TITLE, "Warsaw Pact", 0, 26)),
                not(w(Scope.TITLE, "Yugoslavia", 42))));
        assertThat(parse("title:(Hungary) Poland")).isEqualTo(and(w(Scope.TITLE, "Hungary", 7), w("Poland", 16)));
    }

    @Test
    void aScopedClauseCanBeNegatedOrRequired() {
        assertThat(parse("-person:Molotov")).isEqualTo(not(w(Scope.PERSON, "Molotov", 1)));
        assertThat(parse("NOT person:Molotov")).isEqualTo(not(w(Scope.PERSON, "Molotov", 4)));
        assertThat(parse("+person:Kadar")).isEqualTo(w(Scope.PERSON, "Kadar", 1));
    }

    @Test
    void theValueOfAFieldIsTextEvenIfItLooksLikeAnOperator() {
        assertThat(parse("title:AND")).isEqualTo(w(Scope.TITLE, "AND", 0));
        assertThat(parse("title:-x")).isEqualTo(w(Scope.TITLE, "-x", 0));
        assertThat(parse("title:2:30")).isEqualTo(w(Scope.TITLE, "2:30", 0));
        assertThat(parse("title:/[a-z]+/")).isEqualTo(w(Scope.TITLE, "/[a-z]+/", 0));
        assertThat(parse("id:fonds-1956-11-02-a")).isEqualTo(w(Scope.ID, "fonds-1956-11-02-a", 0));
    }

    @Test
    void aFieldInsideAScopedGroupOrValueIsAnError() {
        QueryError e = error("title:(Hungary person:Nagy)");
        assertThat(e.code()).isEqualTo("nested-field");
        assertThat(e.at()).isEqualTo(15);
        assertThat(error("title:person:Nagy").at()).isEqualTo(6);
        assertThat(error("title:(a (b title:c))").code()).isEqualTo("nested-field");
    }

    @Test
    void anUnknownFieldIsAnErrorThatListsTheFieldsAndSuggestsQuotes() {
        QueryError e = error("Kadar re: the invasion");
        assertThat(e.code()).isEqualTo("unknown-field");
        assertThat(e.at()).isEqualTo(6);
        assertThat(e.message()).contains("unknown field 're'", "title", "person", "date", "put them in quotes");
        assertThat(error("Title_x:y").code()).isEqualTo("unknown-field");
        assertThat(error("title:(a foo:b)").code()).isEqualTo("unknown-field");
    }

    @Test
    void aSpaceAfterTheColonIsAMissingValue() {
        QueryError e = error("title: Hungary");
        assertThat(e.code()).isEqualTo("missing-operand");
        assertThat(e.at()).isEqualTo(0);
        assertThat(error("x title:").at()).isEqualTo(2);
        assertThat(error("(title:)").at()).isEqualTo(1);
    }
}
