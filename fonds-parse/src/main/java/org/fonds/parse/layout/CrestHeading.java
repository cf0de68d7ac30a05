package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a CREST page's OCR text says of the paper where the page's own title is missing (a copy cut above it, its labels
 * first: "Document Type:" …): the paper's subject ("SUBJECT: Latin American Situations PLACE: …"), which is what the
 * reading room titles such a paper by, or the meeting it records ("Morning Meeting of 10 August 1966"); and whether its
 * heading calls it a memorandum of conversation, OCR's misreadings and all ("Memorandum Of Conversafio",
 * "MEMORANDUM OF OONVERSATION"). The release stamp that opens every OCR text ("Approved For Release 2003/03/25 :
 * CIA-RDP…") is never the title.
 */
final class CrestHeading {
    /** The heading stands at the OCR text's start: no further than this is read. */
    private static final int REACH = 700;
    /** Where a memorandum's own heading stands: before its subject and its first paragraph. */
    private static final int KIND_REACH = 300;
    /**
     * The subject, up to the next field's label in capitals ("PLACE:", "PARTICIPANTS:", "TIME AND PLACE:") or the first
     * numbered paragraph ("1. "), run together as OCR sets them.
     */
    private static final Pattern SUBJECT = Pattern.compile("\\bSUBJECT ?: ?(\\S.{2,200}?)(?= [A-Z][A-Z/ ]{1,24}[A-Z] ?:| \\d{1,2}\\. )");
    /** "Morning Meeting of 10 August 1966", "Meeting of March 20, 1969". */
    private static final Pattern MEETING = Pattern.compile("(?:\\b\\p{Lu}\\p{Ll}{2,12} )?\\bMeeting of (?:\\d{1,2} \\p{Lu}\\p{Ll}{2,8} \\d{4}"
            + "|\\p{Lu}\\p{Ll}{2,8} \\d{1,2}, \\d{4})");
    /** "MEMORANDUM OF CONVERSATION" as OCR reads it: "Conversafio", "OONVERSATION". */
    private static final Pattern CONVERSATION = Pattern.compile("(?i)\\bmemorandum of [co]onversa");

    private CrestHeading() {
    }

    /** The paper's title read from its OCR text: the subject, or the meeting, whichever stands first. */
    static Optional<String> title(String ocr) {
        String s = ocr.length() > REACH ? ocr.substring(0, REACH) : ocr;
        Matcher subject = SUBJECT.matcher(s);
        Matcher meeting = MEETING.matcher(s);
        boolean hasSubject = s.contains("SUBJECT") && subject.find();
        boolean hasMeeting = s.contains("Meeting of") && meeting.find();
        if (hasSubject && (!hasMeeting || subject.start() < meeting.start())) return Optional.of(subject.group(1).strip());
        if (hasMeeting) return Optional.of(meeting.group().strip());
        return Optional.empty();
    }

    /** Whether the paper's own heading calls it a memorandum of conversation. */
    static boolean conversation(String ocr) {
        String s = ocr.length() > KIND_REACH ? ocr.substring(0, KIND_REACH) : ocr;
        return CONVERSATION.matcher(s).find();
    }

    /** The OCR text's first chars: the lines from {@code start} (a source offset) on, joined, up to {@link #REACH}. */
    static String ocr(List<Line> head, int start) {
        StringBuilder s = new StringBuilder();
        for (Line l : head) {
            if (l.start() < start) continue;
            if (!s.isEmpty()) s.append(' ');
            String t = l.text(); // a line of OCR may hold the whole text: only its first chars are copied
            s.append(t, 0, Math.min(t.length(), Math.max(0, REACH - s.length())));
            if (s.length() >= REACH) break;
        }
        return s.toString();
    }
}
