package org.fonds.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;
import org.fonds.parse.describe.Provenance;
import org.fonds.parse.text.Chars;
import org.fonds.parse.text.Markup;
import org.fonds.parse.text.SourceText;

/**
 * Reads the header of a record that has no labels, line by line: the publisher's chrome is passed
 * over, a line that is only a date is the date, the first line that reads like a title is the title
 * (joined with the lines it runs on to), a long line before it is a summary, a line that cites the
 * archive ("…," DATE, … Digital Archive, F. 3, …) is the citation. The contents begin after the last
 * line the header used. Every step looks at one line at a time, so the cost is linear.
 */
public final class PageReader {
    /** The header is looked for in this many non-blank lines at most: those layout detection reads. */
    private static final int MAX_HEADER_LINES = Layouts.HEAD_LINES;
    private static final int MAX_TITLE = 300;
    /** "09/09/10 - Cuba-L Analysis -": a post's own date and column before the document. */
    private static final Pattern POST_LINE = Pattern.compile("^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b.{0,60}$");
    /** Words that only a citation of an archive has: searched as literals, a leading ".*" tried every split of the line. */
    private static final String[] CITATION_WORDS = {"Digital Archive,", "Wilson Center", "Program Digital",
            "History and Public Policy Program", "Archive of", "State Archive,"};
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern REFERENCE = Pattern.compile(".*\\b(?:[FfPp]\\.|[Ff]ond) ?\\d.*");
    /** "Present: Brezhnev, …": a labelled line of the text, never a summary. */
    private static final Pattern LABELLED = Pattern.compile("\\[?\\p{L}[\\p{L} ]{0,40}:");
    private static final String CONNECTORS = " of the and in on with for to from at by between ";
    /** "August 1961": a month without its day says when, but is no date line and no title. */
    private static final Pattern MONTH_YEAR = Pattern.compile("^" + Dates.MONTH + ",? \\d{4}\\.?$");

    private PageReader() {
    }

    /** Whether a line (which holds no line break) names an archive as a citation does. */
    static boolean citesArchive(String line) {
        for (String w : CITATION_WORDS) {
            if (line.contains(w)) return true;
        }
        return false;
    }

    /** The non-blank lines of {@code src[from, to)}, each cleaned of markup; at most {@code max}. */
    public static List<Line> lines(SourceText src, int from, int to, int max) {
        String s = src.text();
        List<Line> out = new ArrayList<>();
        int start = from;
        while (start < to && out.size() < max) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 || nl > to ? to : nl;
            if (end - start > 0) {
                String text = Markup.flat(src, start, end).strip();
                if (!text.isEmpty()) out.add(new Line(start, end, text));
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * The last non-blank lines of the text, at most {@code max}, in order, each cleaned of markup; {@code head}
     * the first lines, already read, which are not read again: read from the end, so only the last lines are
     * touched, however long the text.
     */
    public static List<Line> lastLines(SourceText src, List<Line> head, int max) {
        String s = src.text();
        java.util.ArrayDeque<Line> out = new java.util.ArrayDeque<>();
        int from = head.isEmpty() ? 0 : head.get(head.size() - 1).end();
        int end = s.length();
        while (end > from && out.size() < max) {
            int nl = s.lastIndexOf('\n', end - 1);
            int start = nl + 1;
            if (end - start > 0) {
                String text = Markup.flat(src, start, end).strip();
                if (!text.isEmpty()) out.addFirst(new Line(start, end, text));
            }
            end = nl < from ? from : nl;
        }
        for (int i = head.size() - 1; i >= 0 && out.size() < max; i--) out.addFirst(head.get(i));
        return new ArrayList<>(out);
    }

    /**
     * Reads the header in {@code src[from, to)} as {@code layout} lays it out; {@code wrapWidth} the width
     * the text is hard-wrapped at ({@link Unwrapped#width}), or -1.
     */
    public static Header read(SourceText src, int from, int to, Layout layout, int wrapWidth) {
        return read(lines(src, from, to, MAX_HEADER_LINES), layout, to, wrapWidth);
    }

    /** As above, on header lines already read (the first {@link Layouts#HEAD_LINES} of a span ending at {@code to}). */
    public static Header read(List<Line> head, Layout layout, int to, int wrapWidth) {
        return new Reading(Unwrapped.of(head, wrapWidth), layout, to).read();
    }

    /**
     * The header of a text that opens with its speakers' turns: none. Nothing above its first line is a title,
     * a summary or a citation; the text is all of it (the layout's own classification, where it reads one).
     */
    public static Header noneAbove(List<Line> head, Layout layout, int to) {
        int start = head.isEmpty() ? to : head.get(0).start();
        return new Header("", null, -1, null, "", start, to, layout.classification(head).orElse(null));
    }

    private static final class Reading {
        private final List<Line> head;
        private final Layout layout;
        private final int end;
        private String title;
        private int titleLast = -1;
        private Dates.Found date;
        private int dateOrigin = -1;
        private int dateLine = -1;
        private String summary = "";
        private String citation;
        private int lastUsed = -1;
        /** Per line, whether it is the layout's chrome (0 not yet asked, 1 no, 2 yes): several steps ask of the same lines. */
        private final byte[] chrome;
        /** Per line, the date that is the whole line, once asked (null: not yet asked). */
        private final List<Optional<Dates.Found>> wholeDates;

        Reading(List<Line> head, Layout layout, int end) {
            this.head = head;
            this.layout = layout;
            this.end = end;
            this.chrome = new byte[head.size()];
            this.wholeDates = new ArrayList<>(java.util.Collections.nCopies(head.size(), null));
        }

        private boolean chrome(int i) {
            if (chrome[i] == 0) chrome[i] = layout.chrome(head.get(i).text()) ? (byte) 2 : (byte) 1;
            return chrome[i] == 2;
        }

        private Optional<Dates.Found> wholeDate(int i) {
            Optional<Dates.Found> d = wholeDates.get(i);
            if (d == null) {
                d = Dates.whole(head.get(i).text());
                wholeDates.set(i, d);
            }
            return d;
        }

        Header read() {
            int citationAt = citationStart();
            int limit = citationAt >= 0 ? citationAt : head.size();
            for (int i = 0; i < limit && (title == null || date == null || i <= titleLast + 2); i++) {
                String text = head.get(i).text();
                if (chrome(i) || isPostLine(text)) {
                    if (title == null && date == null) lastUsed = i;
                    continue;
                }
                if (date == null && lineDate(i, text)) continue;
                // "Top Secret Single Copy (Working Notes)" above the session's heading: the marking's, no title
                if (title == null && !Provenance.markingAlone(text) && Provenance.markingLine(text)) {
                    if (date == null) lastUsed = i;
                    continue;
                }
                if (isMonthYear(text)) {
                    if (title == null) lastUsed = i;
                    continue;
                }
                if (title != null && date == null && i == lastUsed + 1 && datelineUnderTitle(i)) continue;
                if (title != null && date == null && i <= titleLast + 6) continue; // a dateline a few lines down
                if (title == null && plausibleTitle(text)) {
                    takeTitle(i, limit);
                    i = titleLast;
                } else if (title == null && summary.isEmpty() && text.length() > 80) {
                    summary = text;
                    lastUsed = i;
                } else if (title != null) {
                    break;
                }
            }
            int bodyEnd = end;
            if (citationAt >= 0 && title != null && citationAt > Math.max(lastUsed, titleLast) + 2 && last(citationAt)) {
                bodyEnd = head.get(citationAt).start(); // a source line after the text: the text lies between
                String before = summary;
                readCitation(citationAt);
                summary = before;
                lastUsed = Math.max(titleLast, dateLine);
            } else if (citationAt >= 0) {
                summaryBefore(citationAt);
                readCitation(citationAt);
            }
            layout.title(head).ifPresent(t -> title = t);
            layout.summary(head).ifPresent(s -> summary = s);
            if (date == null || layout.ownDateFirst()) layout.date(head).ifPresent(d -> date = d);
            if (title != null) title = cleanTitle(title);
            if (date == null && title != null) date = Dates.find(title).orElse(null);
            date = yearOfTitle(date, title);
            date = Dates.widenedBy(date, title);
            date = widenedByHeading(date);
            int bodyStart = bodyStart();
            return new Header(title == null ? "" : title, date, dateOrigin, citation, summary, bodyStart,
                    Math.max(bodyStart, bodyEnd), layout.classification(head).orElse(null));
        }

        /**
         * The title's date where the date line above it gives the same day and month in another year: a mirror of the
         * archive's page sets "September 5, 1985" over "Transcript of the SED Politburo Session held on 5 September 1989",
         * a slip of the page's that the document's own heading contradicts. Otherwise {@code date}.
         */
        private static Dates.Found yearOfTitle(Dates.Found date, String title) {
            if (date == null || title == null || date.isRange() || !hasDigit(title)) return date;
            Optional<Dates.Found> t = Dates.find(title);
            if (t.isEmpty() || t.get().isRange()) return date;
            java.time.LocalDate a = date.from();
            java.time.LocalDate b = t.get().from();
            boolean sameDay = a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == b.getDayOfMonth();
            return sameDay && a.getYear() != b.getYear() ? t.get() : date;
        }

        private static boolean hasDigit(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
            }
            return false;
        }

        /** Whether nothing but chrome follows line {@code i}: a source line set after the text. */
        private boolean last(int i) {
            if (head.size() >= MAX_HEADER_LINES) return false;
            for (int k = i + 1; k < head.size(); k++) {
                if (!chrome(k)) return false;
            }
            return true;
        }

        /** A line that is only a date, or a date followed by the title ("28 October 1962 / Extract …"). */
        private boolean lineDate(int i, String text) {
            Optional<Dates.Found> whole = wholeDate(i);
            if (whole.isPresent()) {
                date = whole.get();
                dateOrigin = head.get(i).start();
                dateLine = i;
                lastUsed = Math.max(lastUsed, i);
                return true;
            }
            Optional<Dates.Found> leading = Dates.leading(text);
            if (leading.isPresent() && text.length() - leading.get().end() > 15 && i <= 3) {
                date = leading.get();
                dateOrigin = head.get(i).start();
                dateLine = i;
                title = Chars.trimStart(text.substring(leading.get().end()), " ,.:;—–-/");
                titleLast = i;
                lastUsed = Math.max(lastUsed, i);
                return true;
            }
            return false;
        }

        /**
         * A dateline right under the title ("Washington, March 3, 1959", whole on its line): the date, and a line the
         * header used, so no text opens with it.
         */
        private boolean datelineUnderTitle(int i) {
            Optional<Dateline> d = Dateline.in(head.subList(i, i + 1));
            if (d.isEmpty()) return false;
            date = d.get().date();
            dateOrigin = head.get(i).start();
            dateLine = i;
            lastUsed = i;
            return true;
        }

        private void takeTitle(int i, int limit) {
            // the marking alone above the heading it runs on to ("TOP SECRET" / "CIPHER TELEGRAM No. 7739" / "From LONDON",
            // a translated cipher telegram): the marking is the classification's, the heading starts under it
            if (Provenance.markingAlone(head.get(i).text()) && i + 1 < limit && !chrome(i + 1)
                    && !Provenance.markingAlone(head.get(i + 1).text()) && continuesTitle(head.get(i).text(), i + 1)) {
                i++;
            }
            StringBuilder t = new StringBuilder(head.get(i).text());
            int k = i;
            boolean marked = false; // "Top Secret" under a title marks the document: it and what runs on from it are no title words
            boolean oneLine = layout.titleOnOneLine();
            while (k + 1 < limit && continuesTitle(t, k + 1)) {
                String next = head.get(k + 1).text();
                // a heading of one line takes only the marking under it and its small caps' next words ("secret" / "niact")
                boolean marking = Provenance.markingAlone(next) || Provenance.markingLine(next); // "(Top Secret)" too
                if (oneLine && !(marked ? Character.isLowerCase(next.charAt(0)) : marking)) break;
                k++;
                marked = marked || marking;
                if (!marked) t.append(' ').append(next);
            }
            title = t.toString();
            titleLast = k;
            lastUsed = Math.max(lastUsed, k);
        }

        /** Whether {@code next} carries on a title broken over lines. */
        private boolean continuesTitle(CharSequence title, int nextLine) {
            String next = head.get(nextLine).text();
            if (title.length() + next.length() > MAX_TITLE || chrome(nextLine) || wholeDate(nextLine).isPresent()) return false;
            // a memorandum's dateline ("Washington, March 3, 1959") or its "SUBJECT:" and "PARTICIPANTS:" under the heading
            if (Dateline.part(next) || capitalsLabel(next) || wordLabel(next)) return false;
            if (startsLike(next, title)) return false; // the title again, as the citation's start
            char last = title.charAt(title.length() - 1);
            if (last == '.' || last == ':' || last == ')') return false;
            if (Character.isLowerCase(next.charAt(0)) || last == ',' || last == '(') return true;
            if (openParens(title) > 0) return true;
            String lastWord = title.toString().substring(title.toString().lastIndexOf(' ') + 1);
            if (CONNECTORS.contains(" " + lastWord + " ")) return true;
            // a title set in short lines (a PDF's heading): both short, the next still a phrase
            return title.length() <= 60 && next.length() <= 60 && !next.endsWith(".") && next.indexOf(' ') > 0
                    && next.chars().anyMatch(Character::isLowerCase) && !next.endsWith(":");
        }

        /** "SUBJECT: …", "PARTICIPANTS: …": a word in capitals and a colon open a field, never a title's next line. */
        private static boolean capitalsLabel(String line) {
            int colon = line.indexOf(':');
            if (colon < 3 || colon > 20) return false;
            for (int i = 0; i < colon; i++) {
                if (!Character.isUpperCase(line.charAt(i))) return false;
            }
            return true;
        }

        /**
         * "Subject: …", "Participants: …": one capitalised word and a colon open a memorandum's field, set in lower case
         * as copies of FRUS's memoranda and mirrors of them print it, never a title's next line (a title broken over
         * lines runs on with a phrase). "Memorandum of Conversation" took "Subject: The grain …" into itself.
         */
        private static boolean wordLabel(String line) {
            int colon = line.indexOf(':');
            if (colon < 2 || colon > 20 || !Character.isUpperCase(line.charAt(0))) return false;
            for (int i = 1; i < colon; i++) {
                if (!Character.isLowerCase(line.charAt(i))) return false;
            }
            return true;
        }

        private static int openParens(CharSequence s) {
            int open = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '(') open++;
                else if (s.charAt(i) == ')') open--;
            }
            return open;
        }

        private boolean plausibleTitle(String text) {
            if (text.length() > MAX_TITLE || text.length() < 4 || text.indexOf(' ') < 0) return false;
            if (text.startsWith("\"") || text.startsWith("“") || text.startsWith("[")) return false;
            if (text.endsWith(".") && !text.endsWith("(Excerpts).") && text.length() > 60 && !endsWithAbbreviatedWord(text)
                    && !namesDocument(text)) {
                return false;
            }
            return !text.endsWith(":");
        }

        /** The first line that cites the archive: quoted title and date, or the archive's name and a fond. */
        private int citationStart() {
            for (int i = 0; i < head.size(); i++) {
                String t = head.get(i).text();
                // a footnote of a saved page ("- Source: …↩") is read with the notes, not as the header's citation
                if (t.startsWith("Source:") && t.endsWith("↩")) continue;
                if (t.startsWith("[Source:") || t.startsWith("Source:") || t.startsWith("(Source:")) return i;
                boolean quoted = (t.startsWith("\"") || t.startsWith("“")) && t.length() > 20
                        && (t.contains("\",") || t.contains(",\"") || t.contains("”,") || t.contains(",”"));
                if (quoted && (citesArchive(t) || REFERENCE.matcher(t).matches())) return i;
                if (!quoted && citesArchive(t) && !chrome(i)) {
                    // an unquoted citation begins with the title: start where the title starts again
                    if (i > 0 && title(i) != null && startsLike(head.get(i - 1).text(), title(i))) return i - 1;
                    return i;
                }
            }
            return -1;
        }

        /** The title as read from the lines before {@code limit}, for finding where it is repeated. */
        private String title(int limit) {
            for (int i = 0; i < limit; i++) {
                String t = head.get(i).text();
                if (!chrome(i) && wholeDate(i).isEmpty() && plausibleTitle(t)) return t;
            }
            return null;
        }

        private static boolean startsLike(String line, CharSequence title) {
            int n = Math.min(25, Math.min(line.length(), title.length()));
            return n >= 20 && line.regionMatches(0, title.toString(), 0, n);
        }

        private void readCitation(int at) {
            StringBuilder c = new StringBuilder();
            int k = at;
            for (; k < head.size() && k < at + 8; k++) {
                String t = head.get(k).text();
                if (k > at && chrome(k)) break;
                if (!c.isEmpty()) c.append(' ');
                c.append(t);
                if (t.endsWith("]") || (t.endsWith(".") && !endsWithAbbreviation(t))) break;
            }
            String text = c.toString();
            if (text.startsWith("[") && text.endsWith("]")) text = text.substring(1, text.length() - 1);
            if (text.startsWith("(") && text.endsWith(")")) text = text.substring(1, text.length() - 1);
            if (text.startsWith("Source:")) text = text.substring(7).strip();
            citation = text;
            lastUsed = Math.max(lastUsed, Math.min(k, head.size() - 1));
            // what stands between the citation and the text, unlabelled, is the summary
            for (int i = lastUsed + 1; i < head.size() && summary.isEmpty() && i <= lastUsed + 2; i++) {
                String t = head.get(i).text();
                if (chrome(i)) continue;
                if (t.length() > 80 && t.endsWith(".") && !citesArchive(t) && i == lastUsed + 1
                        && !LABELLED.matcher(t).lookingAt()) {
                    summary = t;
                    lastUsed = i;
                }
                break;
            }
        }

        /**
         * The archive's older page sets its summary between "get citation" and the indented citation:
         * a long sentence standing just before the citation, past the title and the lines used, is the summary.
         */
        private void summaryBefore(int citationAt) {
            int i = citationAt - 1;
            if (!summary.isEmpty() || title == null || i <= Math.max(lastUsed, titleLast)) return;
            String t = head.get(i).text();
            if (t.length() > 80 && t.endsWith(".") && !chrome(i) && !citesArchive(t) && !LABELLED.matcher(t).lookingAt()) {
                summary = t;
            }
        }

        /** "… from 3:47 - 3:55 p.m.": the full stop closes an abbreviation, not a sentence. */
        /** A record's own name opening the line: "Record of …", "Message From …", "Letter from …". */
        /** How many lines under the title {@link #widenedByHeading} reads: a funding line and a repeated title between. */
        private static final int HEADING_REACH = 4;
        private static final List<String> DOCUMENT_NAMES = List.of("Record of ", "Message From ", "Message from ", "Letter From ",
                "Letter from ", "Memorandum of ", "Memorandum From ", "Memorandum from ", "Minutes of ", "Transcript of ",
                "Telegram From ", "Telegram from ", "Note of ", "Notes of ", "Protocol of ", "Report of ", "Report from ");

        /**
         * Whether a line ending in a full stop is still the title: it opens with the record's name, and after that
         * no sentence opens lowercase ("Record of Telephone Conversation between M. S. Gorbachev and … Helmut Kohl.
         * Moscow-Bonn.", "Message From Chairmen Khrushchev and Brezhnev to President Kennedy."); a summary tells
         * what happened in sentences of its own.
         */
        /**
         * The days a session spans, where the heading under the title gives them and the title does not: "Protocol No.
         * 129, Meeting of the Polish Politburo", dated "October 19, 1956", and a few lines down "Meeting of the Politburo on
         * 19, 20 and 21 October 1956" (WCDA's current page; probe 32). Only a span starting on the date's own day.
         */
        private Dates.Found widenedByHeading(Dates.Found date) {
            if (date == null || date.isRange() || titleLast < 0) return date;
            for (int k = titleLast + 1; k < head.size() && k <= titleLast + HEADING_REACH && !date.isRange(); k++) {
                date = Dates.widenedBy(date, head.get(k).text());
            }
            return date;
        }

        /**
         * "Protocol 55 of the Meeting of the Political Bureau of the CC of the RWP, on the Situation in Hungary and …
         * Romania.", "Protocol No. 58 of …": a protocol named with its number, as WCDA's current page titles the Romanian
         * Politburo's protocols of 1956, full stop and all (probe 32).
         */
        private static boolean numberedProtocol(String text) {
            if (!text.startsWith("Protocol ")) return false;
            int k = text.startsWith("No. ", 9) ? 13 : 9;
            int digits = k;
            while (digits < text.length() && Character.isDigit(text.charAt(digits))) digits++;
            return digits > k && text.startsWith(" of ", digits);
        }

        private static boolean namesDocument(String text) {
            boolean named = false;
            for (String n : DOCUMENT_NAMES) {
                if (text.startsWith(n)) named = true;
            }
            if (!named && !numberedProtocol(text)) return false;
            // two sentences at most, the name and its place ("Moscow-Bonn."); an initial's stop ("M. S.") ends none
            int stops = 0;
            for (int dot = text.indexOf(". "); dot >= 0; dot = text.indexOf(". ", dot + 1)) {
                if (dot + 2 < text.length() && Character.isLowerCase(text.charAt(dot + 2))) return false;
                boolean initial = Character.isUpperCase(text.charAt(dot - 1)) && (dot < 2 || !Character.isLetter(text.charAt(dot - 2)));
                if (!initial) stops++;
            }
            return stops <= 1;
        }

        private static boolean endsWithAbbreviatedWord(String t) {
            String w = t.substring(t.lastIndexOf(' ') + 1);
            return w.length() <= 6 && w.indexOf('.') < w.length() - 1;
        }

        private static boolean endsWithAbbreviation(String t) {
            int sp = t.lastIndexOf(' ');
            String w = t.substring(sp + 1);
            return w.length() <= 3 && Character.isUpperCase(w.charAt(0)); // "L." "Op." "ff." initials
        }

        private int bodyStart() {
            int own = layout.bodyStart(head);
            if (own >= 0) return own;
            int i = lastUsed + 1;
            while (i < head.size() && chrome(i)) i++;
            return i < head.size() ? head.get(i).start() : (head.size() >= MAX_HEADER_LINES ? head.get(head.size() - 1).end() : end);
        }

        /** {@link #POST_LINE}, asked only of lines that start with a digit (most do not). */
        private static boolean isPostLine(String text) {
            return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9' && POST_LINE.matcher(text).matches();
        }

        /** {@link #MONTH_YEAR}, asked only of short lines that start as a month does. */
        private static boolean isMonthYear(String text) {
            return text.length() <= 16 && !text.isEmpty() && "ADFJMNOS".indexOf(text.charAt(0)) >= 0
                    && MONTH_YEAR.matcher(text).matches();
        }

        private static String cleanTitle(String t) {
            String s = NsaReader.DOCUMENT_NO.matcher(t).replaceFirst("");
            // the archive's funder's line run into a title that filled its line: a PDF's text with the lines its page
            // wrapped joined again (PdfFile) cannot tell that break from a wrap
            int support = s.indexOf(" This document was made possible with support from");
            if (support > 0) s = s.substring(0, support);
            // a footnote marker glued to the title's last word ("Conversation0")
            int e = s.length();
            while (e > 0 && Character.isDigit(s.charAt(e - 1))) e--;
            if (e < s.length() && e > 0 && Character.isLowerCase(s.charAt(e - 1)) && s.length() - e <= 2) s = s.substring(0, e);
            return SPACES.matcher(s).replaceAll(" ").strip();
        }
    }
}
