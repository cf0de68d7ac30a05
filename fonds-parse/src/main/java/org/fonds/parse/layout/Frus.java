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
    static final Pattern FILE_LINE = Pattern.compile("^\\d{3}\\.[\\d./A-Za-z]{1,20}[–-][\\d]{2,4}: ?\\p{L}[\\p{L} ]{0,40}$");

    @Override
    public String name() {
        return "frus";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> l.contains("history.state.gov") || l.startsWith("[Page ")
                || (!l.isEmpty() && Character.isDigit(l.charAt(0)) && FILE_LINE.matcher(l).matches()))
                || (!head.isEmpty() && (numberedHeading(head.get(0).text()) || numberedWithParticipants(head)));
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
        return Chrome.common(line) || (!line.isEmpty() && Character.isDigit(line.charAt(0)) && FILE_LINE.matcher(line).matches());
    }

    @Override
    public Optional<String> title(List<Line> head) {
        for (Line l : head) {
            if (chrome(l.text())) continue;
            var m = NUMBERED_HEADING.matcher(l.text());
            return Optional.of(m.matches() ? m.group(1).strip() : l.text());
        }
        return Optional.empty();
    }
}
