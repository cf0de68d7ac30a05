package org.fonds.parse.layout;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;

/**
 * A Department of State cable as the teleprinter printed it (WikiLeaks' PlusD and its mirrors): routing lines ("ACTION
 * EUR-12", "INFO OCT-01 …"), the precedence and date-time group ("P 062329Z DEC 78"), "FM AMEMBASSY MOSCOW", "TO
 * SECSTATE WASHDC PRIORITY 0048" and the addressees under it, the marking spaced out ("C O N F I D E N T I A L
 * MOSCOW 30030"), "E.O. …", "TAGS: …", "SUBJECT: …" (the title, perhaps over two lines), "REF: …", then numbered
 * paragraphs in capitals. Read by fields: none of the routing lines is a title, a speaker or the text.
 */
final class Cable implements Layout {
    /** "P 062329Z DEC 78", "O R 031854Z FEB 79", "R 151914 Z MAY 73": precedence, day, hour and minute, Zulu, month, year. */
    private static final Pattern DATE_TIME_GROUP = Pattern.compile("^(?:[OPRZ] ){1,2}(\\d{2})\\d{4} ?Z ([A-Z]{3}) (\\d{2})\\b");
    /** "SUBJECT:", "SUBJ:": the cable's title follows. */
    private static final Pattern SUBJECT = Pattern.compile("^SUBJ(?:ECT)?: ?");
    /** A portion marking opening a line of the subject: "(U) PLENARY MEETING, …". */
    private static final Pattern PORTION = Pattern.compile("^\\((?:U|C|S|LOU|SBU|[CS]/NF)\\) ?");
    /** The first paragraph of the text: "1. (C-ENTIRE TEXT) WE HAVE …", "SUMMARY: DEPUTY MINISTER …". */
    private static final Pattern FIRST_PARAGRAPH = Pattern.compile("^(?:1\\.(?: ){0,2}\\S|SUMMARY\\b|BEGIN SUMMARY\\b)");
    /** A mirror's table heading over the cable's reference, its dates, its marking and its origin (wikileaksru.wordpress.com). */
    private static final String TABLE_HEADING = "Reference ID Created Released";
    /** "06MOSCOW12402 2006-11-09 15:58 2011-08-30 01:44 CONFIDENTIAL Embassy Moscow": the table's row. */
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^(\\d{2}[A-Z]{2,20}\\d{1,6}) \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d [A-Z][A-Z/ ]{2,60}? (\\p{Lu}\\p{Ll}[\\p{L} .'-]{1,60})$");
    /** What follows an addressee: its precedence and the serial number of the message to it. */
    private static final Pattern ADDRESSEE_TAIL = Pattern.compile("(?: (?:NIACT )?(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH))?(?: \\d{1,5})?$");
    private static final Pattern ADDRESSEE = Pattern.compile("^[A-Z][A-Z0-9 ./&()-]{2,70}$");
    /** "RUEHC/SECSTATE WASHDC": the routing indicator before an addressee. */
    private static final Pattern ROUTING_INDICATOR = Pattern.compile("^[A-Z]{4,8}/");
    private static final Set<String> MARKINGS = Set.of("UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET",
            "LIMITED OFFICIAL USE");
    private static final int MAX_ADDRESSEES = 12;
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC");

    @Override
    public String name() {
        return "cable";
    }

    /**
     * Its sender, an addressee and a date-time group, each on a line of its own, and its tags or subject; or a mirror's
     * table row over a date-time group (wikileaksru.wordpress.com's cables of 2006-07 keep neither "FM" nor "SUBJECT:").
     */
    @Override
    public boolean recognises(List<Line> head) {
        if (!Layouts.anyLine(head, l -> dateTimeGroup(l).isPresent())) return false;
        if (tableRow(head).isPresent()) return true;
        return Layouts.anyLine(head, l -> l.startsWith("FM ")) && Layouts.anyLine(head, l -> l.startsWith("TO "))
                && Layouts.anyLine(head, l -> l.regionMatches(true, 0, "TAGS:", 0, 5) || SUBJECT.matcher(l).lookingAt());
    }

    /** The mirror's table row, the line under its heading; empty if none. */
    private static Optional<Matcher> tableRow(List<Line> head) {
        for (int i = 0; i + 1 < head.size(); i++) {
            if (!head.get(i).text().startsWith(TABLE_HEADING)) continue;
            Matcher m = TABLE_ROW.matcher(head.get(i + 1).text());
            return m.matches() ? Optional.of(m) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The subject, with the line it runs on to; a mirror that sets no "SUBJECT:" in the first lines gives its "Cable title:". */
    @Override
    public Optional<String> title(List<Line> head) {
        int s = subjectLine(head);
        if (s >= 0) {
            StringBuilder t = new StringBuilder(unmarked(SUBJECT.matcher(head.get(s).text()).replaceFirst("")));
            for (int k = s + 1; k < head.size() && k <= s + 2 && runsOn(head.get(k - 1).text(), head.get(k).text()); k++) {
                t.append(' ').append(unmarked(head.get(k).text()));
            }
            return Optional.of(t.toString().strip());
        }
        for (int i = 0; i + 1 < head.size(); i++) {
            if (head.get(i).text().equals("Cable title:")) return Optional.of(head.get(i + 1).text());
        }
        // a mirror that keeps the subject only in its page's name: the cable's reference names it
        return tableRow(head).map(m -> m.group(1));
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        for (Line l : head) {
            Optional<Dates.Found> d = dateTimeGroup(l.text());
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** The date-time group is the cable's date: a mirror's dates above it are the copy's. */
    @Override
    public boolean ownDateFirst() {
        return true;
    }

    /** The text starts at its first paragraph after the subject; none among the first lines: the generic reader says. */
    @Override
    public int bodyStart(List<Line> head) {
        int s = subjectLine(head);
        // no subject: the first paragraph after the date-time group
        if (s < 0) s = dateTimeGroupLine(head);
        if (s < 0) return -1;
        for (int k = s + 1; k < head.size(); k++) {
            if (FIRST_PARAGRAPH.matcher(head.get(k).text()).lookingAt()) return head.get(k).start();
        }
        return -1;
    }

    @Override
    public Optional<String> kind(List<Line> head) {
        return Optional.of("telegram");
    }

    /** "FM AMEMBASSY MOSCOW": the sender as the cable writes it; with no such line, the mirror's table's origin. */
    @Override
    public List<String> from(List<Line> head) {
        for (Line l : head) {
            if (l.text().startsWith("FM ")) return List.of(addressee(l.text().substring(3)));
        }
        return tableRow(head).map(m -> List.of(m.group(2))).orElse(List.of());
    }

    private static int dateTimeGroupLine(List<Line> head) {
        for (int i = 0; i < head.size(); i++) {
            if (dateTimeGroup(head.get(i).text()).isPresent()) return i;
        }
        return -1;
    }

    /** "TO SECSTATE WASHDC PRIORITY 0048" and the addressees on the lines under it, up to "INFO" or the marking. */
    @Override
    public List<String> to(List<Line> head) {
        List<String> to = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) {
            if (!head.get(i).text().startsWith("TO ")) continue;
            to.add(addressee(head.get(i).text().substring(3)));
            for (int k = i + 1; k < head.size() && to.size() < MAX_ADDRESSEES && addresseeLine(head.get(k).text()); k++) {
                to.add(addressee(head.get(k).text()));
            }
            break;
        }
        return to;
    }

    /** The marking alone on a line ("CONFIDENTIAL"), or spaced out before the cable's number ("C O N F I D E N T I A L …"). */
    @Override
    public Optional<String> classification(List<Line> head) {
        for (Line l : head) {
            String t = l.text();
            if (MARKINGS.contains(t)) return Optional.of(t);
            String spaced = spacedOut(t);
            if (MARKINGS.contains(spaced)) return Optional.of(spaced);
            if (t.startsWith("UNCLAS ")) return Optional.of("UNCLASSIFIED");
        }
        return Optional.empty();
    }

    @Override
    public boolean hasTurns() {
        return false;
    }

    /** The teleprinter's lines are its width, not its paragraphs. */
    @Override
    public boolean linesAreParagraphs() {
        return false;
    }

    static Optional<Dates.Found> dateTimeGroup(String line) {
        if (line.length() < 14 || "OPRZ".indexOf(line.charAt(0)) < 0 || line.charAt(1) != ' ') return Optional.empty();
        Matcher m = DATE_TIME_GROUP.matcher(line);
        if (!m.lookingAt()) return Optional.empty();
        int month = MONTHS.indexOf(m.group(2)) + 1;
        if (month == 0) return Optional.empty();
        int yy = Integer.parseInt(m.group(3));
        try {
            // the cables of the archives run from the 1940s to 2010: a two-digit year under 40 is of this century
            LocalDate d = LocalDate.of(yy < 40 ? 2000 + yy : 1900 + yy, month, Integer.parseInt(m.group(1)));
            String text = line.substring(m.start(1), m.end()).strip();
            return Optional.of(new Dates.Found(d, d, text, 0, text.length()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int subjectLine(List<Line> head) {
        for (int i = 0; i < head.size(); i++) {
            if (SUBJECT.matcher(head.get(i).text()).lookingAt()) return i;
        }
        return -1;
    }

    /** Whether the subject's line {@code line} runs on to {@code next}: cut at a word that asks for more, or full width. */
    private static boolean runsOn(String line, String next) {
        if (next.isEmpty() || FIRST_PARAGRAPH.matcher(next).lookingAt() || field(next) || Character.isDigit(next.charAt(0))) {
            return false;
        }
        String lastWord = line.substring(line.lastIndexOf(' ') + 1);
        char last = line.charAt(line.length() - 1);
        return last == ',' || last == ':' || last == '-' || lastWord.matches("OF|AND|THE|ON|TO|FOR|IN|WITH|A|AT|BY")
                || line.length() >= 55 || line.length() >= 40 && capitals(next);
    }

    /**
     * A line with no lower-case letter: the subject wrapped short by a mirror ("SUBJECT: U.S.-RUSSIA ARMS CONTROL AND
     * INTERNATIONAL" / "SECURITY WORKING GROUP MEETING, MOSCOW, OCTOBER 12", wikileaksru's 2009 cables).
     */
    private static boolean capitals(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** "REF: …", "E.O. …", "TAGS: …", "Classified By: …": a field of the cable's, never the subject's next line. */
    private static boolean field(String line) {
        int colon = line.indexOf(':');
        return line.startsWith("REF") || line.startsWith("E.O.") || line.startsWith("E. O.") || colon > 0 && colon <= 20;
    }

    private static String unmarked(String s) {
        return PORTION.matcher(s.strip()).replaceFirst("");
    }

    private static boolean addresseeLine(String t) {
        return !t.startsWith("INFO") && !t.startsWith("BT") && !MARKINGS.contains(t) && spacedOut(t).isEmpty()
                && ADDRESSEE.matcher(t).matches();
    }

    private static String addressee(String s) {
        String a = ROUTING_INDICATOR.matcher(s.strip()).replaceFirst("");
        return ADDRESSEE_TAIL.matcher(a).replaceFirst("").strip();
    }

    /** "C O N F I D E N T I A L SECTION 01 OF 02": the letters spaced out at the line's start, joined; "" if none. */
    static String spacedOut(String t) {
        StringBuilder w = new StringBuilder();
        int i = 0;
        while (i < t.length() && Character.isUpperCase(t.charAt(i)) && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
            w.append(t.charAt(i));
            i += 2;
            // a second space parts the words of "L I M I T E D  O F F I C I A L  U S E"
            if (i < t.length() && t.charAt(i) == ' ') {
                w.append(' ');
                i++;
            }
        }
        String s = w.toString().strip();
        return s.length() >= 6 ? s : "";
    }
}
