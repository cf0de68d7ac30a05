package org.fonds.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.search.query.Q.and;
import static org.fonds.search.query.Q.during;
import static org.fonds.search.query.Q.error;
import static org.fonds.search.query.Q.not;
import static org.fonds.search.query.Q.or;
import static org.fonds.search.query.Q.parse;
import static org.fonds.search.query.Q.w;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** date: and year: give spans of days, both ends included, partial dates widened to their period. */
class DateQueryTest {

    @Test
    void aDayIsThatDay() {
        assertThat(parse("date:1956-11-02")).isEqualTo(during("1956-11-02", "1956-11-02", 0));
    }

    @Test
    void aMonthIsTheWholeMonth() {
        assertThat(parse("date:1956-11")).isEqualTo(during("1956-11-01", "1956-11-30", 0));
        assertThat(parse("date:1956-02")).isEqualTo(during("1956-02-01", "1956-02-29", 0)); // a leap year
        assertThat(parse("date:1957-02")).isEqualTo(during("1957-02-01", "1957-02-28", 0));
    }

    @Test
    void aYearIsTheWholeYearInEitherScope() {
        assertThat(parse("date:1956")).isEqualTo(during("1956-01-01", "1956-12-31", 0));
        assertThat(parse("year:1956")).isEqualTo(during("1956-01-01", "1956-12-31", 0));
        assertThat(parse("YEAR:0001")).isEqualTo(during("0001-01-01", "0001-12-31", 0));
        assertThat(parse("Date:9999")).isEqualTo(during("9999-01-01", "9999-12-31", 0));
    }

    @Test
    void rangesWidenEachEndToItsPeriod() {
        assertThat(parse("date:[1956-10-23 TO 1956-11-04]")).isEqualTo(during("1956-10-23", "1956-11-04", 0));
        assertThat(parse("year:[1955 TO 1957]")).isEqualTo(during("1955-01-01", "1957-12-31", 0));
        assertThat(parse("date:[1956-10 TO 1956-11]")).isEqualTo(during("1956-10-01", "1956-11-30", 0));
        assertThat(parse("date:[1956 TO 1956-02]")).isEqualTo(during("1956-01-01", "1956-02-29", 0));
        assertThat(parse("date:[1956-11 TO 1956-11]")).isEqualTo(during("1956-11-01", "1956-11-30", 0));
        assertThat(parse("date:[ 1956  to  1957 ]")).isEqualTo(during("1956-01-01", "1957-12-31", 0));
    }

    @Test
    void aStarLeavesOneEndOpen() {
        assertThat(parse("date:[1956-11 TO *]")).isEqualTo(during("1956-11-01", null, 0));
        assertThat(parse("date:[* TO 1956-11-01]")).isEqualTo(during(null, "1956-11-01", 0));
        assertThat(parse("year:[* TO 1956]")).isEqualTo(during(null, "1956-12-31", 0));
    }

    @Test
    void datesCombineWithOtherClausesAndGroups() {
        assertThat(parse("Kadar date:1956-11 -year:1957"))
                .isEqualTo(and(w("Kadar", 0), during("1956-11-01", "1956-11-30", 6), not(during("1957-01-01", "1957-12-31", 20))));
        assertThat(parse("year:(1956 OR 1968)"))
                .isEqualTo(or(during("1956-01-01", "1956-12-31", 6), during("1968-01-01", "1968-12-31", 14)));
        assertThat(parse("date:([1956-10 TO 1956-11] OR 1968-08)"))
                .isEqualTo(or(during("1956-10-01", "1956-11-30", 6), during("1968-08-01", "1968-08-31", 30)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date:1956-13-01   | 5
            date:1956-00      | 5
            date:1956-02-30   | 5
            date:1957-02-29   | 5
            date:1956-11-31   | 5
            date:56           | 5
            date:0000         | 5
            year:0000         | 5
            date:19560         | 5
            date:1956-1-2     | 5
            date:1956/11/02   | 5
            date:1956-11-02T10 | 5
            date:yesterday    | 5
            date:١٩٥٦         | 5
            year:1956-11      | 5
            year:56           | 5
            date:1956*        | 5
            date:1956~        | 5
            date:"1956-11-02" | 5
            year:"1956"       | 5
            date:[1956 TO 1956-13] | 14
            year:[1955 TO 1957-01] | 14
            date:[56 TO 1957] | 6
            """)
    void invalidDatesAreBadDatesPointingAtTheValue(String query, int at) {
        QueryError e = error(query);
        assertThat(e.code()).isEqualTo("bad-date");
        assertThat(e.at()).isEqualTo(at);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date:[1956-11-04 TO 1956-10-23] | 5
            year:[1957 TO 1955]             | 5
            date:[* TO *]                   | 5
            date:[1956]                     | 5
            date:[1956 1957]                | 5
            date:[1956 TO]                  | 5
            date:[1956 TO 1957 TO 1958]     | 5
            date:[]                         | 5
            date:[1956 TO 1957              | 5
            x date:[1956 - 1957]            | 7
            """)
    void malformedOrBackwardRangesAreBadRangesPointingAtTheBracket(String query, int at) {
        QueryError e = error(query);
        assertThat(e.code()).isEqualTo("bad-range");
        assertThat(e.at()).isEqualTo(at);
    }

    @Test
    void aPartialFromAfterAPartialToInTheSamePeriodIsNotBackwards() {
        // 1956-12 widens to 1956-12-01 and 1956 to 1956-12-31: the span is December, not backwards
        assertThat(parse("date:[1956-12 TO 1956]")).isEqualTo(during("1956-12-01", "1956-12-31", 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            title:[a TO b]          | 6
            [1956 TO 1957]          | 0
            Kadar [sic]             | 6
            person:[Kadar TO Nagy]  | 7
            -[a TO b]               | 1
            """)
    void bracketsOutsideDateScopesAreRangeNotAllowed(String query, int at) {
        QueryError e = error(query);
        assertThat(e.code()).isEqualTo("range-not-allowed");
        assertThat(e.at()).isEqualTo(at);
        assertThat(e.message()).contains("date:", "quotes");
    }

    @Test
    void bracketsInsideAWordAreText() {
        assertThat(parse("Kadar[sic]")).isEqualTo(w("Kadar[sic]", 0));
        assertThat(parse("\"[sic]\"")).isEqualTo(Q.ph("[sic]", 0, 0));
    }
}
