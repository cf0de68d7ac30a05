package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;

/**
 * FRUS's dateline under the heading: where and when the document was written, place first, the hour after the date
 * or none ("Moscow, May 15, 1956—4 p.m.", "Washington, November 12, 1955, 1:03", "Moscow, November 3, 1964."). The
 * page may break it after the day ("Nanking, November 29," / "1948—4 p. m.") or before the hour's "p.m." ("Budapest,
 * November 1, 1956—9" / "p.m."). It is the record's date and place, and no line of the text.
 */
record Dateline(String place, Dates.Found date) {
    /** The words of a place ("Washington", "New York", "St. Louis"): a capital, then letters, stops, spaces. */
    private static final String PLACE = "(\\p{Lu}[\\p{L}.' -]{1,40}?)";
    /** The hour as FRUS writes it: "4 p.m.", "4 p. m.", "1:03", "noon", "9" (its "p.m." broken onto the next line). */
    // from spring 1965 the incoming telegrams' time is a date-time group in Greenwich time: "Prague, August 4, 1968, 1130Z."
    private static final String HOUR = "(?:\\d{4}Z|\\d{1,2}(?:[:.]\\d{2})?(?: ?[ap]\\. ?m\\.)?|noon|midnight)";
    /** The date and what follows it: the hour after a dash or a comma, or a full stop, or nothing. */
    private static final String AFTER = "(?:(?:—|–|-|, ?)" + HOUR + ")?\\.?";
    private static final Pattern WHOLE = Pattern.compile("^" + PLACE + ", " + Dates.MONTH + " \\d{1,2}, \\d{4}" + AFTER + "$");
    /** The first half of a dateline broken after the day: "Moscow, May 26,". */
    private static final Pattern FIRST_HALF = Pattern.compile("^" + PLACE + ", " + Dates.MONTH + " \\d{1,2},$");
    /** Its second half: the year and the hour, "1944—3 p.m.". */
    private static final Pattern SECOND_HALF = Pattern.compile("^\\d{4}" + AFTER + "$");
    /** The hour's "p.m." broken onto a line of its own. */
    private static final Pattern HOUR_TAIL = Pattern.compile("^(?:[ap]\\. ?m\\.|noon|midnight)$");
    private static final int LONGEST = 80;
    /** How far under the heading a dateline stands: after a file line, the heading over three lines and a marking. */
    private static final int REACH = 8;

    /** Whether {@code line} is a dateline or a part of one broken over lines. */
    static boolean part(String line) {
        if (line.isEmpty() || line.length() > LONGEST) return false;
        char c = line.charAt(0);
        // a year alone is no dateline's half: something (its hour, a full stop) follows the year
        if (Character.isDigit(c)) return line.length() > 4 && line.length() <= 24 && SECOND_HALF.matcher(line).matches();
        if (line.length() <= 9 && (c == 'a' || c == 'p' || c == 'n' || c == 'm')) return HOUR_TAIL.matcher(line).matches();
        if (!Character.isUpperCase(c) || line.indexOf(", ") < 0) return false;
        return WHOLE.matcher(line).matches() || FIRST_HALF.matcher(line).matches();
    }

    /** The first dateline among the first lines of {@code head}, whole or broken after the day. */
    static Optional<Dateline> in(List<Line> head) {
        for (int i = 0; i < head.size() && i < REACH; i++) {
            String line = head.get(i).text();
            if (i > 0 && opensText(line)) break; // the text has begun: a dateline further down is the text's
            if (line.isEmpty() || !Character.isUpperCase(line.charAt(0)) || line.length() > LONGEST || line.indexOf(", ") < 0) continue;
            Matcher whole = WHOLE.matcher(line);
            if (whole.matches()) return of(whole.group(1), line);
            Matcher first = FIRST_HALF.matcher(line);
            if (first.matches() && i + 1 < head.size() && SECOND_HALF.matcher(head.get(i + 1).text()).matches()) {
                return of(first.group(1), line + " " + head.get(i + 1).text());
            }
        }
        return Optional.empty();
    }

    /** "/1/Source: Department of State, …": the older sites' source note, set above the text. */
    static final String SLASHED_SOURCE = "/1/Source: ";

    /** The older sites' source note among the first lines of {@code head}, its words after "Source: ". */
    static Optional<String> slashedSource(List<Line> head) {
        for (int i = 0; i < head.size() && i < REACH; i++) {
            String line = head.get(i).text();
            if (line.startsWith(SLASHED_SOURCE)) return Optional.of(line.substring(SLASHED_SOURCE.length()).strip());
        }
        return Optional.empty();
    }

    /** A paragraph of the text: longer than any header line, or opened by the telegram's number ("1269. Request …"). */
    private static boolean opensText(String line) {
        if (line.length() > LONGEST) return true;
        int k = 0;
        while (k < line.length() && k < 5 && Character.isDigit(line.charAt(k))) k++;
        return k > 0 && line.startsWith(". ", k);
    }

    private static Optional<Dateline> of(String place, String line) {
        return Dates.find(line).map(d -> new Dateline(place.strip(), d));
    }
}
