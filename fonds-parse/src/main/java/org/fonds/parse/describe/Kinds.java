package org.fonds.parse.describe;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;

/**
 * The kind of document, from its own heading where that names a type ("TRANSCRIPT of the talks",
 * "INFORMATION about the Plenum", "Record"), else from the title. Note-takers' records of a body's
 * session (Malin's) are working notes; protocols and minutes of bodies and delegation meetings are
 * minutes; a memorandum to a body is a report.
 */
public final class Kinds {
    /** Heading words at the start of one of the first lines of the text, as the document names itself. */
    private static final Map<String, String> HEADINGS = Map.of("TRANSCRIPT", "transcript", "INFORMATION", "report",
            "RECORD", "memorandum of conversation", "MEMORANDUM", "report", "TELEGRAM", "telegram", "MINUTES", "minutes",
            "PROTOCOL", "minutes", "REPORT", "report");
    static final Pattern HEADING = Pattern.compile("^(?:\\d{1,3} )?(TRANSCRIPT|INFORMATION|RECORD|Record|MINUTES|PROTOCOL|REPORT)\\b(?:$| (?:of|about|on)\\b.*)");
    /** Title words, most telling first: "diary" before "conversation", "account" before "meeting". */
    private static final List<String[]> TITLE_WORDS = List.of(
            new String[] {"working notes", "working notes"}, new String[] {"notes of", "working notes"},
            new String[] {"notes from the session", "working notes"},
            // "Excerpt, Note from the Session of the Political Bureau …" (WCDA, a Polish "notatka z posiedzenia"): one note
            // taker's record of a body's session, as Malin's are
            new String[] {"note from the session", "working notes"},
            // "Aleksander Zawadzki’s Notes from the 19-20 October Polish-Soviet Talks" (WCDA; as "Imre Horvath’s Notes of
            // Khrushchev’s Speech" in the corpus): a participant's own notes of a session; "talks" below would make them
            // minutes (probe 32)
            new String[] {"’s notes ", "working notes"}, new String[] {"'s notes ", "working notes"},
            new String[] {"diary", "diary"},
            // "Journal of Soviet Ambassador in the DPRK A. M. Puzanov for 23 July 1960": the ambassadors' diaries
            new String[] {"journal of", "diary"},
            new String[] {"speech", "speech"}, new String[] {"address by", "speech"}, new String[] {"letter", "letter"},
            // "Message From Chairman Khrushchev to President Kennedy": the leaders' letters, as FRUS names them
            new String[] {"message from", "letter"},
            new String[] {"telegram", "telegram"}, new String[] {"cable", "telegram"}, new String[] {"memorandum from", "report"},
            new String[] {"memorandum to", "report"},
            // "Transcript of a Teletype Conversation Between the Legation in Hungary and the Department of State" (FRUS
            // 1955-57 XXV, 162): a transcript, whatever it transcribes; "conversation" below would make it a memorandum
            new String[] {"transcript of", "transcript"},
            // "Stenographic Account of Alexander Dubček's Talks with Leonid Brezhnev …" (the NSA's Prague Spring reader,
            // Document No. 116): a shorthand record, word for word; "account of" below would make it a report
            new String[] {"stenographic", "transcript"},
            new String[] {"memorandum of conversation", "memorandum of conversation"},
            new String[] {"record of conversation", "memorandum of conversation"}, new String[] {"conversation", "memorandum of conversation"},
            new String[] {"transcript", "transcript"}, new String[] {"information note", "note"}, new String[] {"note from", "note"},
            // "Charles Powell note for MT", "Note to the Foreign Secretary": a note and its addressee (the Thatcher
            // Foundation's titles)
            new String[] {" note for ", "note"}, new String[] {"note to ", "note"},
            new String[] {"account of", "report"}, new String[] {"minutes", "minutes"}, new String[] {"protocol", "minutes"},
            new String[] {"meeting", "minutes"}, new String[] {"negotiations", "minutes"}, new String[] {"session", "minutes"},
            new String[] {"talks", "minutes"}, new String[] {"report", "report"}, new String[] {"memorandum", "report"},
            new String[] {"information", "report"}, new String[] {"memo", "report"});

    /** A paper's kind and its sender at a title's start. */
    private static final List<String[]> TITLE_OPENINGS = List.of(new String[] {"note from ", "note"}, new String[] {"note by ", "note"},
            // "Report to HSWP CC Politburo with Verbatim Transcript of July 21 Telephone Conversation …" (a CEU reader's
            // Document No. 56): the report to a body, the transcript it carries only its enclosure
            new String[] {"report to ", "report"},
            // "Cable with Message from Mao Zedong to Stalin" (WCDA and its PDF exports): the cable that carries a message;
            // "message from" below would make it a letter
            new String[] {"cable ", "telegram"}, new String[] {"ciphered telegram", "telegram"});

    private Kinds() {
    }

    private static final String[] HEADING_WORDS = {"TRANSCRIPT", "INFORMATION", "RECORD", "Record", "MINUTES", "PROTOCOL", "REPORT"};

    /**
     * What {@link #HEADING} needs first: one of its words at the line's start, or after a number of up to three
     * digits and a space. Most lines start with a capital of one of those words, and were tried with the pattern.
     */
    static boolean opensWithHeadingWord(String s) {
        int digits = 0;
        while (digits < 3 && digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') digits++;
        int at = digits > 0 && digits < s.length() && s.charAt(digits) == ' ' ? digits + 1 : 0;
        for (String w : HEADING_WORDS) {
            if (s.startsWith(w, at)) return true;
        }
        return false;
    }

    /**
     * @param title the record's title
     * @param firstLines the first lines of the text and the header's lines
     * @param speakerLists whether the text has note-takers' lists of those who spoke
     */
    public static String of(String title, List<String> firstLines, boolean speakerLists) {
        for (String line : firstLines) {
            String s = line.strip();
            // the pattern only on lines whose first char can open it: a matcher per line was a fixed cost of every record
            if (opensWithHeadingWord(s)) {
                var m = HEADING.matcher(s);
                if (m.matches()) return HEADINGS.get(m.group(1).toUpperCase(Locale.ROOT));
            }
            // "800.00 Summaries/7–648: Circular telegram" (FRUS 1948 IV, 706): the older volumes' file line names the kind,
            // a circular one too
            if (line.endsWith(": Telegram") || line.endsWith(": Circular telegram")) return "telegram";
            // "Stenographic record" over "of the Politburo of the Central Committee …" (WCDA's page of a Bulgarian Politburo
            // session): the document names itself a shorthand record, word for word, whatever the title calls it
            if (s.length() <= 40 && s.regionMatches(true, 0, "Stenographic record", 0, 19)) return "transcript";
            // "Top Secret Single Copy (Working Notes)", the marking over a session's heading (a CWIHP working paper)
            if (line.endsWith("(Working Notes)") && line.length() <= 60) return "working notes";
        }
        String t = title.toLowerCase(Locale.ROOT);
        // "Note from N. Khrushchev to the CPSU CC Presidium regarding conversations with Yugoslav leaders" (WCDA): a title
        // that opens with the paper's kind and its sender names the kind; the conversations are only its subject
        for (String[] w : TITLE_OPENINGS) {
            if (t.startsWith(w[0])) return w[1];
        }
        for (String[] w : TITLE_WORDS) {
            if (t.contains(w[0])) {
                // a body's minutes that list who spoke on each item ("Speaker:", "Commenters:") still call themselves minutes
                return w[1].equals("minutes") && speakerLists && !w[0].equals("minutes") ? "working notes" : w[1];
            }
        }
        for (String line : firstLines) {
            // no upper-cased copy of each line: no non-ASCII letter upper-cases to one of these
            if (Anchors.containsIgnoreCase(line, "memorandum")) return "report";
        }
        for (String line : firstLines) {
            // "The Polish Ambassador presents his compliments to the Secretary of State and …": a diplomatic note's formula
            // (FRUS prints such notes under a heading of sender and addressee only)
            if (line.contains(" presents his compliments") || line.contains(" presents its compliments")
                    || line.contains(" presents her compliments")) {
                return "note";
            }
        }
        for (String line : firstLines) {
            // "PRESENT: Mr. Dulles, General Cabell, …" and nothing else to go by (a CREST record of the Director's meeting
            // cut above its title): those present at a meeting, whose record is its minutes
            if (line.startsWith("PRESENT:") || line.startsWith("Present:") || line.startsWith("present:")) return "minutes";
        }
        return salutedAndClosed(firstLines) ? "letter" : null;
    }

    /**
     * Whether the lines hold a letter's salutation ("Dear Natwar,") and its closing ("Yours sincerely,"): a letter printed
     * under a title that names no kind (a newspaper's reprint of Indira Gandhi's letters under its own quotation) is one.
     */
    private static boolean salutedAndClosed(List<String> lines) {
        boolean saluted = false;
        for (String line : lines) {
            String s = line.strip();
            if (s.startsWith("Dear ") && s.length() <= 40 && (s.endsWith(",") || s.endsWith(":")) && !saluted) {
                saluted = true;
            } else if (saluted && CLOSING.matcher(s).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A letter's closing formula at a line's start. */
    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile(
            "(?i)(?:yours (?:sincerely|faithfully|truly|ever)|sincerely yours|with (?:best|warm|kind) (?:wishes|regards)[,.]? yours)");
}
