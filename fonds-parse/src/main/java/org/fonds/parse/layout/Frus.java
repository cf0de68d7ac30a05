package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Foreign Relations of the United States, as its web pages read: a document number ("481.") or a
 * file number ("893.796/9–348: Telegram") before the heading, which names sender and addressee;
 * footnotes numbered at the end, their markers glued to words.
 */
final class Frus implements Layout {
    /** "481. Memorandum of Conversation0": the number before, a footnote marker glued after. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,4}\\. (\\p{Lu}[^.]{3,200}?)\\d{0,2}$");
    /** What a numbered heading says in FRUS: a kind of document, then "From" its sender "to" its addressee. */
    private static final Pattern FROM_TO = Pattern.compile("^\\p{Lu}[\\p{L} ]{2,40}? From \\S.{2,160}? to \\S.{2,160}$");
    /** "893.796/9–348: Telegram": the Department's file number and the kind of document. */
    static final Pattern FILE_LINE = Pattern.compile("^\\d{3}\\.[\\d./A-Za-z]{1,20}[–-][\\d]{2,4}(?:: ?\\p{L}[\\p{L} ]{0,40})?$");
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
    /** "State1", "(Stuart)2": a footnote marker glued to a heading's last word. */
    private static final Pattern GLUED_MARKER = Pattern.compile("(?<=[\\p{Ll})])\\d{1,2}$");

    @Override
    public String name() {
        return "frus";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> l.contains("history.state.gov") || l.startsWith("[Page ") || sourceFootnote(l)
                || (!l.isEmpty() && Character.isDigit(l.charAt(0)) && FILE_LINE.matcher(l).matches()))
                || (!head.isEmpty() && (numberedHeading(head.get(0).text()) || numberedWithParticipants(head)))
                || numberedUnderSource(head);
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

    private static boolean numberedWithParticipants(List<Line> head) {
        return NUMBERED_HEADING.matcher(head.get(0).text()).matches()
                && Layouts.anyLine(head, l -> l.equals("PARTICIPANTS") || l.startsWith("Participants:"));
    }

    @Override
    public boolean chrome(String line) {
        return Chrome.common(line) || (!line.isEmpty() && Character.isDigit(line.charAt(0)) && FILE_LINE.matcher(line).matches())
                || (line.startsWith("No. ") && DOCUMENT_NUMBER.matcher(line).matches())
                || (FILES_LINE.matcher(line).matches() && SOURCE_LINE.matcher(line).matches());
    }

    @Override
    public Optional<String> title(List<Line> head) {
        int first = numberedUnderSource(head) ? 2 : 0; // the source line above "No. 377" is no title
        for (Line l : head.subList(Math.min(first, head.size()), head.size())) {
            if (chrome(l.text())) continue;
            var m = NUMBERED_HEADING.matcher(l.text());
            return Optional.of(m.matches() ? m.group(1).strip() : GLUED_MARKER.matcher(l.text()).replaceFirst(""));
        }
        return Optional.empty();
    }
}
