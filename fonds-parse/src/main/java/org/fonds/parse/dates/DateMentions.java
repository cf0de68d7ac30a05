package org.fonds.parse.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            "(?<![\\p{L}\\d./-])(\\d{1,2})[-. ](XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?:[-. ](\\d{4}|\\d{2}))?(?![\\p{L}\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2}) " + Dates.MONTH + "(?:,? (\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\d])" + Dates.MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?(?![\\p{L}\\d])");

    private DateMentions() {
    }

    /** Every date mention in {@code text}, in order; {@code where} is "body" or "note N". */
    public static List<DateMention> find(CharSequence text, String where, Integer documentYear) {
        List<DateMention> out = new ArrayList<>();
        Matcher r = ROMAN_DATE.matcher(text);
        while (r.find()) {
            String month = r.group(2);
            boolean bracketed = r.end() < text.length() && text.charAt(r.end()) == ')';
            // "3 I said", "Point 5 V …": I and V alone read as words unless a year or a bracket says otherwise
            if ((month.equals("I") || month.equals("V")) && r.group(3) == null && !bracketed) continue;
            if (r.group(3) == null && r.group().contains(".")) continue; // "1.V" reads as numbering
            add(out, r.group(), where, r.start(), year(r.group(3), documentYear), ROMAN.get(month), r.group(1));
        }
        Matcher d = DAY_MONTH.matcher(text);
        while (d.find()) {
            add(out, d.group(), where, d.start(), year(d.group(3), documentYear), Dates.month(d.group(2)), d.group(1));
        }
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(out, m.group(), where, m.start(), year(m.group(3), documentYear), Dates.month(m.group(1)), m.group(2));
        }
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return dedupe(out);
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

    /** A date matched by two patterns ("1 November 1956" inside "On 1 November 1956") counts once. */
    private static List<DateMention> dedupe(List<DateMention> sorted) {
        List<DateMention> out = new ArrayList<>(sorted.size());
        int coveredTo = -1;
        for (DateMention m : sorted) {
            if (m.offset() < coveredTo) continue;
            out.add(m);
            coveredTo = m.offset() + m.text().length();
        }
        return out;
    }
}
