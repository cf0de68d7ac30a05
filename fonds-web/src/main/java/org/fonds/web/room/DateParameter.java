package org.fonds.web.room;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date a reader types into the reading room's {@code from} and {@code to}: a year, a month or a
 * day (1956, 1956-11, 1956-11-04). The shape alone let "1956-13" through, and the page then said
 * "dated from 1956-13" over every session after 1956; so the month and day must exist too, and the
 * refusal names the parameter and what is wrong with it, for the reader to put it right.
 */
public final class DateParameter {
    private static final Pattern DAY = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private DateParameter() {
    }

    /**
     * The date stripped, "" when none was given.
     *
     * @throws IllegalArgumentException naming {@code parameter} when the date is not written so or does not exist
     */
    public static String checked(String parameter, String value) {
        String d = value == null ? "" : value.strip();
        if (d.isEmpty()) return d;
        Matcher m = DAY.matcher(d);
        if (!m.matches()) throw refused(parameter, value, "dates are written 1956, 1956-11 or 1956-11-04");
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) throw refused(parameter, value, "there is no month " + m.group(2) + "; months are 01 to 12");
        if (m.group(3) == null) return d;
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw refused(parameter, value, "there is no day " + m.group(3) + " in " + m.group(1) + "-" + m.group(2));
        }
        return d;
    }

    /**
     * A year alone, as {@code /dates?year=} takes it: four digits, stripped. Anything else listed
     * "Documents of 19566: 0 documents" as though the archive held none of that year.
     *
     * @throws IllegalArgumentException naming {@code parameter} when it is not a year
     */
    public static String year(String parameter, String value) {
        String y = value == null ? "" : value.strip();
        if (!y.matches("\\d{4}")) throw refused(parameter, value, "years are written with four digits, as 1956");
        return y;
    }

    private static IllegalArgumentException refused(String parameter, String value, String why) {
        return new IllegalArgumentException(parameter + "=" + value + " is no date: " + why);
    }
}
