package org.fonds.search.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of the date scopes: {@code 1956}, {@code 1956-11}, {@code 1956-11-02} (a year scope takes
 * only the first) and {@code [from TO to]} ranges of them. A partial date stands for its whole period,
 * so a range starts on the first day of its from-period and ends on the last day of its to-period.
 */
final class Dates {
    // [0-9] rather than \d: the years are Gregorian and written in ASCII digits.
    private static final Pattern DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern RANGE = Pattern.compile("\\s*(\\S+)\\s+(?i:TO)\\s+(\\S+)\\s*");

    /** The days from {@code first} to {@code last}, both included. */
    record Period(LocalDate first, LocalDate last) {}

    private final Source src;

    Dates(Source src) {
        this.src = src;
    }

    /** {@code scope:value} as a span of days; {@code valueAt} is where the value starts, {@code at} the clause. */
    Expr.During single(Scope scope, String value, int valueAt, int at) {
        Period p = period(scope, value, valueAt);
        return new Expr.During(p.first(), p.last(), at);
    }

    /** {@code scope:[from TO to]}, given what stands between the brackets and where the {@code [} is. */
    Expr.During range(Scope scope, String inner, int open, int at) {
        Matcher m = RANGE.matcher(inner);
        if (!m.matches()) {
            throw src.error(QueryErrorCode.BAD_RANGE, "a range is written [from TO to], like " + example(scope)
                    + "; use * for an open end", open);
        }
        String from = m.group(1);
        String to = m.group(2);
        if (from.equals("*") && to.equals("*")) {
            throw src.error(QueryErrorCode.BAD_RANGE, "[* TO *] leaves both ends open; give at least one " + scope.scopeName(), open);
        }
        LocalDate first = from.equals("*") ? null : period(scope, from, open + 1 + m.start(1)).first();
        LocalDate last = to.equals("*") ? null : period(scope, to, open + 1 + m.start(2)).last();
        if (first != null && last != null && first.isAfter(last)) {
            throw src.error(QueryErrorCode.BAD_RANGE, "this range runs backwards: " + from + " comes after " + to
                    + "; put the earlier " + scope.scopeName() + " first", open);
        }
        return new Expr.During(first, last, at);
    }

    private Period period(Scope scope, String value, int at) {
        if (scope == Scope.YEAR) {
            if (!YEAR.matcher(value).matches()) throw badDate(scope, value, at);
            return year(Integer.parseInt(value), value, at);
        }
        Matcher m = DATE.matcher(value);
        if (!m.matches()) throw badDate(scope, value, at);
        Period year = year(Integer.parseInt(m.group(1)), value, at);
        if (m.group(2) == null) return year;
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) throw badDate(scope, value, at);
        YearMonth ym = YearMonth.of(year.first().getYear(), month);
        if (m.group(3) == null) return new Period(ym.atDay(1), ym.atEndOfMonth());
        int day = Integer.parseInt(m.group(3));
        if (!ym.isValidDay(day)) throw badDate(scope, value, at);
        return new Period(ym.atDay(day), ym.atDay(day));
    }

    private Period year(int y, String value, int at) {
        if (y < 1) throw src.error(QueryErrorCode.BAD_DATE, "'" + value + "': years run from 0001 to 9999", at);
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    private QueryError badDate(Scope scope, String value, int at) {
        String want = scope == Scope.YEAR
                ? "a year is four digits, like year:1956"
                : "write a day, a month or a year, like date:1956-11-02, date:1956-11 or date:1956";
        return src.error(QueryErrorCode.BAD_DATE, "'" + value + "' is not a " + scope.scopeName() + " this archive can read; "
                + want + ", or a range like " + example(scope), at);
    }

    private static String example(Scope scope) {
        return scope == Scope.YEAR ? "year:[1955 TO 1957]" : "date:[1956-10-23 TO 1956-11-04]";
    }
}
