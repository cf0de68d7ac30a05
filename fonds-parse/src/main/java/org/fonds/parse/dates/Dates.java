package org.fonds.parse.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;

/**
 * English document dates as archives write them: "November 2, 1956", "July 09, 1956",
 * "2 November 1956", "9 and 12 July 1956", "November 2-4, 1956", "Nov. 2, 1956", "1956-11-02".
 */
public final class Dates {
    /** A day or a span of days, as written. {@code to} equals {@code from} for one day. */
    public record Found(LocalDate from, LocalDate to, String text, int start, int end) {
        public boolean isRange() {
            return !from.equals(to);
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** A month name; the dot of an abbreviation belongs to it, a sentence's full stop after "October." does not. */
    public static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String JOIN = "\\s*(?:-|–|—|and|&|to)\\s*";
    private static final String YEAR = "(\\d{4})";

    /** "November 2, 1956", "November 2-4, 1956", "July 9 and 12, 1956" */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\s+" + DAY + "(?:" + JOIN + DAY + ")?(?:\\s*,\\s*|\\s+)" + YEAR + "(?!\\d)");
    /** "2 November 1956", "9 and 12 July 1956", "30 October - 2 November 1956" */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d])" + DAY + "(?:\\s+" + MONTH + ")?(?:" + JOIN + DAY + ")?\\s+" + MONTH + ",?\\s+" + YEAR
                    + "(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    /**
     * "19, 20 and 21 October 1956": three days or more, listed, of one month (the heading of the Polish Politburo's
     * Protocol No. 129 on WCDA's current page, a session held over three days; probe 32). Tried only where a day's
     * digits are followed by a comma.
     */
    private static final Pattern DAY_LIST = Pattern.compile(
            "(?<![\\p{L}\\d])" + DAY + "(?:,\\s*\\d{1,2}){1,5},?\\s+and\\s+" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "(?!\\d)");
    /**
     * "19-20 October" in a title without its year ("Aleksander Zawadzki’s Notes from the 19-20 October Polish-Soviet
     * Talks", WCDA's current page, dated "October 19, 1956" above it; probe 32): a span of days the date line's year
     * completes. Only {@link #widenedBy} reads it, and only where it starts on the date's own day.
     */
    private static final Pattern YEARLESS_SPAN = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+" + MONTH + "(?![\\p{L}\\d])");

    private Dates() {
    }

    /** The first date written anywhere in {@code text}. */
    public static Optional<Found> find(String text) {
        if (!hasDigit(text)) return Optional.empty();
        // made when first needed: most texts asked (header lines, titles) have no date, and a matcher's set-up is per call
        Matcher monthFirst = null;
        Matcher dayFirst = null;
        Matcher iso = null;
        Matcher dayList = null;
        int n = text.length();
        // a date starts a word with a digit or a month's capital: try the patterns only there
        for (int i = 0; i < n; i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            char c = text.charAt(i);
            Found f = null;
            if (c >= '0' && c <= '9') {
                int digits = digitRun(text, i, n);
                if (digits <= 2 && mayFollowDay(text, i + digits, n)) {
                    if (dayFirst == null) dayFirst = Anchors.matcher(DAY_FIRST, text);
                    if (Anchors.matchesAt(dayFirst, i, n)) f = toFound(DAY_FIRST, dayFirst);
                }
                if (f == null && digits <= 2 && i + digits < n && text.charAt(i + digits) == ',') {
                    if (dayList == null) dayList = Anchors.matcher(DAY_LIST, text);
                    if (Anchors.matchesAt(dayList, i, n)) f = toFound(DAY_LIST, dayList);
                }
                if (f == null && digits == 4 && i + 4 < n && text.charAt(i + 4) == '-') {
                    if (iso == null) iso = Anchors.matcher(ISO, text);
                    if (Anchors.matchesAt(iso, i, n)) f = toFound(ISO, iso);
                }
            } else if (startsMonth(text, i, n)) {
                if (monthFirst == null) monthFirst = Anchors.matcher(MONTH_FIRST, text);
                if (Anchors.matchesAt(monthFirst, i, n)) f = toFound(MONTH_FIRST, monthFirst);
            }
            if (f != null) return Optional.of(f);
        }
        return Optional.empty();
    }

    private static int digitRun(String text, int i, int n) {
        int k = i;
        while (k < n && text.charAt(k) >= '0' && text.charAt(k) <= '9') k++;
        return k - i;
    }

    /**
     * What {@link #DAY_FIRST} needs after the day's digits (at {@code k}), its ordinal suffix aside:
     * white space, or the first char of a join ("-", "–", "—", "and", "&", "to").
     */
    private static boolean mayFollowDay(String text, int k, int n) {
        if (k < n && followsDay(text.charAt(k))) return true;
        boolean suffix = text.startsWith("st", k) || text.startsWith("nd", k) || text.startsWith("rd", k) || text.startsWith("th", k);
        return suffix && k + 2 < n && followsDay(text.charAt(k + 2));
    }

    private static boolean followsDay(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '-' || c == '–' || c == '—' || c == 'a' || c == '&' || c == 't';
    }

    /**
     * A span of days in {@code title} that starts on {@code date}'s day ("July 09, 1956" and "… on 9
     * and 12 July 1956"): the record spans them. Otherwise {@code date} itself.
     */
    public static Found widenedBy(Found date, String title) {
        if (date == null || date.isRange() || title == null) return date;
        return find(title).filter(Found::isRange).filter(r -> r.from().equals(date.from()))
                .or(() -> yearlessSpan(date, title)).orElse(date);
    }

    /** A span of {@code text} written without its year ({@link #YEARLESS_SPAN}) that starts on {@code date}'s day and month. */
    private static Optional<Found> yearlessSpan(Found date, String text) {
        if (text.indexOf('-') < 0 && text.indexOf('–') < 0) return Optional.empty();
        Matcher m = YEARLESS_SPAN.matcher(text);
        while (m.find()) {
            LocalDate from = date.from();
            Integer month = month(m.group(3));
            if (month == null || month != from.getMonthValue() || num(m.group(1)) != from.getDayOfMonth()) continue;
            try {
                LocalDate to = LocalDate.of(from.getYear(), month, num(m.group(2)));
                if (to.isAfter(from)) return Optional.of(new Found(from, to, date.text(), date.start(), date.end()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A date that is the whole of {@code text} (punctuation and white space aside). */
    public static Optional<Found> whole(String text) {
        String t = text.strip();
        if (!mayBeWhole(t)) return Optional.empty();
        Optional<Found> f = find(t);
        if (f.isEmpty()) return f;
        String rest = t.substring(0, f.get().start()) + t.substring(f.get().end());
        for (int i = 0; i < rest.length(); i++) {
            if (AROUND_WHOLE.indexOf(rest.charAt(i)) < 0) return Optional.empty();
        }
        return f;
    }

    private static final String AROUND_WHOLE = " \t.,;:()[]";

    /**
     * What a whole date needs of {@code t}'s ends, looked at before {@link #find} reads it all: with only
     * punctuation and white space around the date, the first other char is where the date starts (a digit or a
     * month's capital) and the last is its last digit (every pattern ends with one). Most header lines are asked
     * and most end in a letter or open with a word. {@code DatesTest} holds it to {@link #find} on random lines.
     */
    static boolean mayBeWhole(String t) {
        int a = 0;
        int b = t.length();
        while (a < b && AROUND_WHOLE.indexOf(t.charAt(a)) >= 0) a++;
        while (b > a && AROUND_WHOLE.indexOf(t.charAt(b - 1)) >= 0) b--;
        if (a == b) return false;
        char first = t.charAt(a);
        char last = t.charAt(b - 1);
        return last >= '0' && last <= '9' && ((first >= '0' && first <= '9') || isMonthInitial(first));
    }

    /** A date at the very start of {@code text}, for a date line run together with the title. */
    public static Optional<Found> leading(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (i == text.length()) return Optional.empty();
        int n = text.length();
        char c = text.charAt(i);
        Found f = null;
        if (c >= '0' && c <= '9') {
            Matcher dayFirst = Anchors.matcher(DAY_FIRST, text);
            Matcher iso = Anchors.matcher(ISO, text);
            if (Anchors.matchesAt(dayFirst, i, n)) f = toFound(DAY_FIRST, dayFirst);
            if (f == null && Anchors.matchesAt(iso, i, n)) f = toFound(ISO, iso);
        } else if (startsMonth(text, i, n)) {
            Matcher monthFirst = Anchors.matcher(MONTH_FIRST, text);
            if (Anchors.matchesAt(monthFirst, i, n)) f = toFound(MONTH_FIRST, monthFirst);
        }
        return Optional.ofNullable(f);
    }

    /** Month names as the patterns take them (capitalised; abbreviations without their dot). */
    private static final String[] MONTH_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
            "Oct", "Nov", "Dec"};

    static boolean isMonthInitial(char c) {
        return c == 'A' || c == 'D' || c == 'F' || c == 'J' || c == 'M' || c == 'N' || c == 'O' || c == 'S';
    }

    /** Whether a month's name (or its abbreviation) begins at {@code i}: the test before the regex. */
    static boolean startsMonth(CharSequence text, int i, int n) {
        if (i + 3 > n || !isMonthInitial(text.charAt(i))) return false;
        int end = i;
        while (end < n && end - i <= 9 && Character.isLetter(text.charAt(end))) end++;
        for (String name : BY_INITIAL[text.charAt(i) - 'A']) {
            if (name.length() == end - i && regionEquals(text, i, name)) return true;
        }
        return false;
    }

    /** {@link #MONTH_WORDS} by their first letter ('A' to 'S'): a capitalised word is compared with its initial's few. */
    private static final String[][] BY_INITIAL = byInitial();

    private static String[][] byInitial() {
        String[][] out = new String['S' - 'A' + 1][];
        for (char c = 'A'; c <= 'S'; c++) {
            char initial = c;
            out[c - 'A'] = java.util.Arrays.stream(MONTH_WORDS).filter(w -> w.charAt(0) == initial).toArray(String[]::new);
        }
        return out;
    }

    private static boolean regionEquals(CharSequence text, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(i + k) != word.charAt(k)) return false;
        }
        return true;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) return true;
        }
        return false;
    }

    public static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static Found toFound(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                LocalDate d = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                return new Found(d, d, m.group(), m.start(), m.end());
            }
            if (p == DAY_LIST) {
                int year = num(m.group(4));
                int month = month(m.group(3));
                return ordered(LocalDate.of(year, month, num(m.group(1))), LocalDate.of(year, month, num(m.group(2))), m);
            }
            if (p == MONTH_FIRST) {
                int month = month(m.group(1));
                int year = num(m.group(4));
                LocalDate from = LocalDate.of(year, month, num(m.group(2)));
                LocalDate to = m.group(3) == null ? from : LocalDate.of(year, month, num(m.group(3)));
                return ordered(from, to, m);
            }
            int year = num(m.group(5));
            int lastMonth = month(m.group(4));
            int firstMonth = m.group(2) == null ? lastMonth : month(m.group(2));
            LocalDate from = LocalDate.of(year, firstMonth, num(m.group(1)));
            LocalDate to = m.group(3) == null ? from : LocalDate.of(year, lastMonth, num(m.group(3)));
            return ordered(from, to, m);
        } catch (DateTimeException | NullPointerException e) {
            return null; // "February 30" and the like: not a date
        }
    }

    private static Found ordered(LocalDate from, LocalDate to, Matcher m) {
        return to.isBefore(from) ? null : new Found(from, to, m.group(), m.start(), m.end());
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
