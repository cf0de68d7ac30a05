package org.fonds.parse.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;
import org.fonds.record.DateMention;

/**
 * Dates mentioned in running text, for the timeline: Roman-numeral months as Soviet note-takers
 * wrote them ("31-X-56", "3 XI 56", "(4 XI)", "31 X") and English ones ("30 October", "On 1
 * November 1956", "November 4"). A missing year is the document's; a two-digit year is in the
 * document's century.
 */
public final class DateMentions {
    private static final Map<String, Integer> ROMAN = Map.ofEntries(Map.entry("I", 1), Map.entry("II", 2),
            Map.entry("III", 3), Map.entry("IV", 4), Map.entry("V", 5), Map.entry("VI", 6), Map.entry("VII", 7),
            Map.entry("VIII", 8), Map.entry("IX", 9), Map.entry("X", 10), Map.entry("XI", 11), Map.entry("XII", 12));
    private static final Pattern ROMAN_DATE = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d./-])(\\d{1,2})[-. ](XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?:[-. ](\\d{4}|\\d{2}))?(?![\\p{L}\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d])(\\d{1,2}) " + Dates.MONTH + "(?:,? (\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?=[ADFJMNOS])(?<![\\p{L}\\d])" + Dates.MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?(?![\\p{L}\\d])");

    private DateMentions() {
    }

    /** Every date mention in {@code text}, in order; {@code where} is "body" or "note N". */
    public static List<DateMention> find(CharSequence text, String where, Integer documentYear) {
        List<DateMention> out = new ArrayList<>();
        // made when first needed: many notes hold no date, and a matcher's set-up is per call
        Matcher roman = null;
        Matcher dayMonth = null;
        Matcher monthDay = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > 'S') continue; // neither a digit nor a month's initial: most chars, one test
            boolean digit = c <= '9';
            if (!digit && !Dates.isMonthInitial(c)) continue;
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            int end = -1;
            if (digit) {
                if (!maybeDate(text, i, n)) continue;
                if (roman == null) {
                    roman = Anchors.matcher(ROMAN_DATE, text);
                    dayMonth = Anchors.matcher(DAY_MONTH, text);
                }
                if (Anchors.matchesAt(roman, i, n)) {
                    end = roman(out, roman, text, where, documentYear);
                }
                if (end < 0 && Anchors.matchesAt(dayMonth, i, n)) {
                    add(out, dayMonth.group(), where, i, year(dayMonth.group(3), documentYear), Dates.month(dayMonth.group(2)),
                            dayMonth.group(1));
                    end = dayMonth.end();
                }
            } else if (Dates.startsMonth(text, i, n)) {
                if (monthDay == null) monthDay = Anchors.matcher(MONTH_DAY, text);
                if (Anchors.matchesAt(monthDay, i, n)) {
                    add(out, monthDay.group(), where, i, year(monthDay.group(3), documentYear), Dates.month(monthDay.group(1)),
                            monthDay.group(2));
                    end = monthDay.end();
                }
            }
            if (end > i) i = end - 1;
        }
        return out;
    }

    /** After a day's digits comes a separator and a month, Roman or English: the cheap test before the regex. */
    private static boolean maybeDate(CharSequence text, int i, int n) {
        int k = i;
        while (k < n && k - i < 2 && Character.isDigit(text.charAt(k))) k++;
        if (k + 1 >= n) return false;
        char sep = text.charAt(k);
        char next = text.charAt(k + 1);
        return (sep == ' ' || sep == '-' || sep == '.') && (next == 'I' || next == 'V' || next == 'X'
                || Dates.isMonthInitial(next));
    }

    /** Adds a Roman-numeral date; returns its end, or -1 where it reads as something else. */
    private static int roman(List<DateMention> out, Matcher r, CharSequence text, String where, Integer documentYear) {
        String month = r.group(2);
        boolean bracketed = r.end() < text.length() && text.charAt(r.end()) == ')';
        // "3 I said", "Point 5 V …": I and V alone read as words unless a year or a bracket says otherwise
        if ((month.equals("I") || month.equals("V")) && r.group(3) == null && !bracketed) return -1;
        if (r.group(3) == null && r.group().contains(".")) return -1; // "1.V" reads as numbering
        add(out, r.group(), where, r.start(), year(r.group(3), documentYear), ROMAN.get(month), r.group(1));
        return r.end();
    }

    private static Integer year(String written, Integer documentYear) {
        if (written == null) return documentYear;
        int y = Integer.parseInt(written);
        if (written.length() == 2) {
            int century = documentYear == null ? 1900 : documentYear / 100 * 100;
            return century + y;
        }
        return y;
    }

    private static void add(List<DateMention> out, String text, String where, int offset, Integer year, Integer month,
                            String day) {
        String iso = null;
        if (year != null && month != null) {
            try {
                iso = LocalDate.of(year, month, Integer.parseInt(day)).toString();
            } catch (DateTimeException e) {
                return; // "31 XI" is no date; neither is "45 November"
            }
        }
        out.add(new DateMention(text, iso, where, offset));
    }

}
