package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;

/**
 * Foreign Relations of the United States, as its web pages read: a document number ("481.") or a
 * file number ("893.796/9–348: Telegram") before the heading, which names sender and addressee;
 * footnotes numbered at the end, their markers glued to words.
 */
final class Frus implements Layout {
    /**
     * "481. Memorandum of Conversation0": the number before, a footnote marker glued after a letter or a bracket (never
     * after digits: a heading ending in its year, "…, July 26, 1959", keeps the year whole).
     */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,4}\\. (\\p{Lu}[^.]{3,300}?)(?:(?<=[\\p{L})\\]])\\d{1,2})?$");
    /** What a numbered heading says in FRUS: a kind of document, then "From" its sender "to" its addressee. */
    private static final Pattern FROM_TO = Pattern.compile("^\\p{Lu}[\\p{L} ]{2,40}? From \\S.{2,160}? to \\S.{2,160}$");
    /**
     * "893.796/9–348: Telegram": the Department's decimal file number and the kind of document, in the forms the
     * volumes print it: a country's letter ("860C.00/2–2246"), a subject after the number ("396.1 GE/6–2355",
     * "748.5–MSP/10–2456"), a running number instead of the date ("124.61/263"), a stray stop ("961.61/6–2550.:"),
     * no kind ("396.1 WA/7–1353"), a person's name as the subject of a case's file ("264.1111 Vogeler, Robert A./6–2250:
     * Telegram", FRUS 1950 IV), a subject of several parts, a body and a session's number after the topic ("861.00
     * Congress, Communist International, VII/85: Telegram", FRUS 1933-39, the Soviet Union volume).
     */
    static final Pattern FILE_LINE = Pattern.compile("^(\\d{3}[A-Z]?\\.[\\dA-Za-z]{1,12}(?:[ –-][A-Z]{1,6}"
            + "| \\p{Lu}\\p{Ll}[\\p{L}'’-]{1,30}(?:, \\p{Lu}[\\p{L}.]{0,20}(?: \\p{Lu}[\\p{L}.]{0,20}){0,2}){0,2})?"
            + "/\\d{1,5}(?:[–-]\\d{2,6})?[a-z]?)\\.?(?:: ?\\p{L}[\\p{L} ]{0,40})?$");
    /** "[Received May 27—4:02 a.m.]": when the Department received a telegram, set under its dateline. */
    private static final Pattern RECEIVED = Pattern.compile("^\\[Received [^\\]]{3,60}\\]$");
    /** "No. 588": the 1952-54 volumes number each document on a line of its own, under its source line. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^No\\. \\d{1,4}$");
    /**
     * The source line the 1952-54 volumes set above the document number, when it is no decimal file number: a
     * lot or microfilm file ("Conference files, lot 60 D 627, CF 203", "Microfilm telegram files, “Moscow FY 53”:
     * Telegram").
     */
    private static final Pattern FILES_LINE = Pattern.compile("(?i)^\\P{Cntrl}{0,80}\\bfiles?\\b\\P{Cntrl}{0,80}$");
    /**
     * Which of those lines is the heading's source and never a footnote's words: one opening with a capital that
     * names a lot file ("lot 60 D 627") or ends with the document's kind (": Telegram").
     */
    private static final Pattern SOURCE_LINE = Pattern.compile("^\\p{Lu}\\P{Cntrl}{0,160}(?:\\blot \\d{1,3} ?D ?\\d{1,4}\\P{Cntrl}{0,60}|: ?\\p{L}[\\p{L} ]{0,40})$");
    /**
     * The 1952-54 volumes' source line for the White House's records, a presidential library's papers and file, which
     * names neither lot nor kind: "Eisenhower Library, Eisenhower papers, Whitman file" above "Memorandum of Discussion at
     * the 229th Meeting of the National Security Council, …". Where no "No. 143" stands under it, it was the title, and
     * the heading under it, with the document's date, was the text.
     */
    private static final Pattern LIBRARY_LINE = Pattern.compile("^\\p{Lu}[\\p{L}. ]{1,40} Library, \\P{Cntrl}{0,80}\\bpapers\\b\\P{Cntrl}{0,80}$");
    /** ": Telegram" after a source line: the kind of document, not where it is kept. */
    private static final Pattern KIND_AFTER = Pattern.compile(": ?\\p{L}[\\p{L} ]{0,40}$");
    /**
     * "24. Memorandum of a Conversation, White House, Washington, July 29, 19551", "276. Memorandum of a Conversation, San
     * Francisco, June 23, 1955, 1:15 p.m.1", "148. Memorandum by the Director of Central Intelligence (Souers)0": a numbered
     * heading that opens with a kind of document and ends with the marker of the source note (1, or 0 where the note is
     * unnumbered) glued to a letter, a bracket, a stop or the year; the older sites set it in slashes ("/1/"). The marker
     * is read as such only after a year of four digits, so "…, 1955" stays whole and "19551" loses its "1".
     */
    private static final Pattern MARKED_HEADING = Pattern.compile("^\\d{1,4}\\. ((?:Memorandum|Information Memorandum|Action Memorandum|Telegram|Letter|Message|Despatch|Dispatch"
            + "|Airgram|Minutes|Verbatim|Notes?|Paper|Report|Record|Circular|Instruction|Summary|Draft|Briefing|Diary|Transcript"
            + "|Statement|Study|National Intelligence|Special National|Intelligence)\\b.{0,250}?)"
            + "(?:(?<=[\\p{L})\\].])[01]|(?<=\\D[12]\\d{3})[01]|/[01]/)$");
    /**
     * The place and date such a heading ends with, the hour perhaps after them: ", White House, Washington, July 29, 1955",
     * ", San Francisco, June 23, 1955, 1:15 p.m.": the place is the part before the date (the city, not the house).
     */
    private static final Pattern HEADING_PLACE = Pattern.compile(", (\\p{Lu}[\\p{L}.' -]{1,40}), " + Dates.MONTH
            + " \\d{1,2}, \\d{4}(?:, (?:\\d|noon|midnight)[^,]{0,30})?$");
    /**
     * "State1", "(Stuart)2": a footnote marker glued to a heading's last word; "State 1": set apart by a space; "…, December
     * 21, 19541": glued to the year (a year of four digits and then 0 or 1, as {@link #MARKED_HEADING} reads it).
     */
    private static final Pattern GLUED_MARKER = Pattern.compile("(?<=[\\p{Ll})])(?:\\d{1,2}| [01])$|(?<=\\D[12]\\d{3})[01]$");

    @Override
    public String name() {
        return "frus";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> l.contains("history.state.gov") || l.startsWith("[Page ") && !opensWithDate(head) || sourceFootnote(l)
                || (!l.isEmpty() && Character.isDigit(l.charAt(0)) && FILE_LINE.matcher(l).matches()))
                || (!head.isEmpty() && (numberedHeading(head.get(0).text()) || markedHeading(head.get(0).text())
                        || numberedWithParticipants(head)))
                || numberedUnderSource(head) || (!head.isEmpty() && sourceLine(head.get(0).text()));
    }

    /**
     * A text that opens with its date alone on a line ("April 12, 1967") is a Digital Archive page, whose translations of
     * minutes mark the archive file's pages "[Page 8]", "[Pages 14-17]" as FRUS marks a volume's (the HWP CC minutes of
     * 12 April 1967 on the dvincitest mirror, the HSWP Political Committee's of April 1970 on the older page; probe 32).
     * FRUS's own pages open with the document's number or file line, never with a date alone.
     */
    private static boolean opensWithDate(List<Line> head) {
        return !head.isEmpty() && Dates.whole(head.get(0).text()).isPresent();
    }

    /** "- Source: Department of State, Central Files, …↩": the page's first footnote, saved with its return link. */
    private static boolean sourceFootnote(String line) {
        return line.startsWith("Source: ") && line.endsWith("↩");
    }

    /** "Conference files, lot 60 D 627, CF 203" then "No. 377": a 1952-54 volume's source line and document number. */
    private static boolean numberedUnderSource(List<Line> head) {
        if (head.size() < 2 || !DOCUMENT_NUMBER.matcher(head.get(1).text()).matches()) return false;
        String source = head.get(0).text();
        return FILES_LINE.matcher(source).matches() || FILE_LINE.matcher(source).matches();
    }

    /**
     * "481. Memorandum of Conversation0" before a participants list, or "214. Telegram From the Embassy in X to the
     * Department of State1": a numbered heading that names sender and addressee is FRUS's own, list or none.
     */
    private static boolean numberedHeading(String first) {
        var m = NUMBERED_HEADING.matcher(first);
        return m.matches() && FROM_TO.matcher(m.group(1)).matches();
    }

    /** A numbered heading naming a kind of document, with the source note's marker glued on: FRUS's, list or none. */
    private static boolean markedHeading(String line) {
        return !line.isEmpty() && Character.isDigit(line.charAt(0)) && MARKED_HEADING.matcher(line).matches();
    }

    /** The marked heading among the first lines, without its number and marker. */
    private Optional<String> marked(List<Line> head) {
        for (Line l : head) {
            if (chrome(l.text())) continue;
            if (!markedHeading(l.text())) return Optional.empty();
            var m = MARKED_HEADING.matcher(l.text());
            m.matches();
            return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
    }

    private static boolean numberedWithParticipants(List<Line> head) {
        return NUMBERED_HEADING.matcher(head.get(0).text()).matches()
                && Layouts.anyLine(head, l -> l.equals("PARTICIPANTS") || l.startsWith("Participants:"));
    }

    @Override
    public boolean chrome(String line) {
        return Chrome.common(line) || line.startsWith(Dateline.SLASHED_SOURCE) || fileLine(line) || (line.startsWith("No. ") && DOCUMENT_NUMBER.matcher(line).matches())
                || sourceLine(line) || Dateline.part(line) || (line.startsWith("[Received ") && RECEIVED.matcher(line).matches());
    }

    private static boolean fileLine(String line) {
        return !line.isEmpty() && Character.isDigit(line.charAt(0)) && FILE_LINE.matcher(line).matches();
    }

    private static boolean sourceLine(String line) {
        return FILES_LINE.matcher(line).matches() && SOURCE_LINE.matcher(line).matches()
                || line.contains(" Library, ") && LIBRARY_LINE.matcher(line).matches();
    }

    /** The dateline under the heading gives the date ("Moscow, May 15, 1956—4 p.m."). */
    /** The older sites' "/1/Source: …" note above the text: the document's source, read as FRUS's note 1 is. */
    @Override
    public Optional<String> sourceNote(List<Line> head) {
        return Dateline.slashedSource(head);
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        return Dateline.in(head).map(Dateline::date);
    }

    /**
     * And the place: the city the dateline names, where the heading names only a country ("Legation in Hungary"); else
     * the place a memorandum's heading sets before its date ("…, White House, Washington, July 29, 1955").
     */
    @Override
    public Optional<String> place(List<Line> head) {
        Optional<String> dateline = Dateline.in(head).map(Dateline::place);
        if (dateline.isPresent()) return dateline;
        return marked(head).flatMap(Frus::headingPlace);
    }

    private static Optional<String> headingPlace(String heading) {
        var m = HEADING_PLACE.matcher(heading);
        return heading.indexOf(", ") >= 0 && m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /**
     * The volumes of 1949-54 (and older) cite a document by a line above its heading, not by a footnote: its decimal
     * file number ("611.61/9–2151: Telegram") or a lot or microfilm file ("Conference files, lot 59 D 95, CF 102").
     * The line without the kind of document after its colon.
     */
    @Override
    public Optional<String> sourceLine(List<Line> head) {
        for (int i = 0; i < head.size() && i < 3; i++) {
            String line = head.get(i).text();
            if (fileLine(line)) {
                var m = FILE_LINE.matcher(line);
                m.matches();
                return Optional.of(m.group(1));
            }
            if (sourceLine(line) || FILES_LINE.matcher(line).matches() && numberedUnderSource(head.subList(i, head.size()))) {
                return Optional.of(KIND_AFTER.matcher(line).replaceFirst(""));
            }
        }
        return Optional.empty();
    }

    /**
     * history.state.gov sets the heading on one line, and the subject and participants under it each on lines of their
     * own ("• U.S.-Soviet Relations", "• Anastas I. Mikoyan, …"): short lines that read like a title's next line, which
     * joined to it were lost from the text (probe 20's p04, probe 21).
     */
    @Override
    public boolean titleOnOneLine() {
        return true;
    }

    @Override
    public Optional<String> title(List<Line> head) {
        Optional<String> marked = marked(head);
        if (marked.isPresent()) return marked;
        int first = numberedUnderSource(head) ? 2 : 0; // the source line above "No. 377" is no title
        for (Line l : head.subList(Math.min(first, head.size()), head.size())) {
            if (chrome(l.text())) continue;
            var m = NUMBERED_HEADING.matcher(l.text());
            // "156. Memorandum From … to Secretary of State Herter 0": the marker set apart by a space goes too
            return Optional.of(GLUED_MARKER.matcher(m.matches() ? m.group(1).strip() : l.text()).replaceFirst(""));
        }
        return Optional.empty();
    }
}
