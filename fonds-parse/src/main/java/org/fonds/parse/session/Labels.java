package org.fonds.parse.session;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;
import org.fonds.parse.text.Chars;

/**
 * Speaker labels at the start of a paragraph, in the styles real minutes and transcripts use beside
 * "Cde. X—" and "X:": a name in capitals ("HO CHI MINH. Does…", "N. S. KHRUSHCHEV The Western…",
 * "O. DORTICOS."), an abbreviation ("Khrush.:"), a title and a name with an aside ("Comrade Nikita
 * S. Khrushchev [in Russian]:", "Premier Zhou:", "Stalin (chuckling, ironically):"), a bracketed
 * label ("[Stalin:]"), and in note-takers' records a known name with a full stop ("Mikoyan. He
 * proposes"). Each pattern is tried only at a paragraph start and is bounded, so the cost is linear.
 */
final class Labels {
    private static final String INITIALS = "(?:\\p{Lu}\\.(?: ?\\p{Lu}\\.){0,2} ?)?";
    private static final String WORD = "\\p{Lu}[\\p{L}'’]{1,25}(?:-\\p{Lu}[\\p{L}'’]{1,25})?";
    // "Tov. Miu Dobrescu:", the Romanian (and Bulgarian) comrade abbreviated, as a translation of a Romanian stenogram keeps it
    // "Vice Premier Deng:", the Japanese Foreign Ministry's records of meetings with China's leaders (WCDA): the title was
    // read as the name, a speaker "Vice Premier Deng" beside "Deng"
    // "P.M. Chou:", FRUS's memoranda of the 1970s shortening "Prime Minister Chou:" after its first turn: read as
    // initials, "P.M. Chou" was a speaker of its own beside Chou
    private static final String TITLE = "(?:(?:Comrade|Cde\\.|Tov\\.|Premier|Chairman|President|Prime Minister|Minister|Foreign Minister"
            + "|General|Marshal|Ambassador|Secretary|Mr\\.|Mrs\\.|Dr\\.|Vice President|Vice Premier|Vice Chairman|P\\.M\\.) )?";
    /** "Comrade Nikita S. Khrushchev [in Russian]:", "Premier Zhou:", "L. I. Brezhnev:…", "Stalin (chuckling):" */
    static final Pattern TITLED = Pattern.compile(TITLE + "(" + INITIALS + WORD + "(?: (?:\\p{Lu}\\. ?)?" + WORD + "){0,2})"
            // the editors' aside may name the speaker's post: "Yordan Yotov [CC secretary responsible for ideological
            // issues]:" (WCDA's page of a Bulgarian Politburo stenogram), up to 80 chars
            + "(?: ?\\[[^\\]\\n]{1,80}\\]| ?\\([^)\\n]{1,40}\\))? ?:");
    /**
     * "HO CHI MINH. Does …", "O. DORTICOS.", "N. S. KHRUSHCHEV The Western powers …"; with an editor's note marker or the
     * speaker's post in brackets before the stop ("GORBACHEV [1]. As you know …", "PROMYSLOV (Chairman of the Executive
     * Committee, Moscow City Soviet). As instructed …", the Politburo minutes of bukovsky-archive.com). The surname may
     * come first and its initials after it, then a colon ("KHRUSHCHEV N.S.: In that case …", WCDA's older translation of
     * Khrushchev's 1958 talks with Mao Zedong); without the colon ("KHRUSHCHEV N.S. transmits greetings") it is a sentence.
     */
    private static final Pattern CAPITALS = Pattern.compile(
            "(" + INITIALS + "\\p{Lu}{2,}(?:[- ]\\p{Lu}{2,}){0,3})(?:(?: ?\\[\\d{1,3}\\]| \\(\\p{Lu}[^()\\n]{1,100}\\))?[.:]| (?=\\p{Lu}\\p{Ll})"
            + "| \\p{Lu}\\.(?: ?\\p{Lu}\\.){0,2} ?:)");
    /** "Khrush.: Kadar's position …" */
    private static final Pattern ABBREVIATED = Pattern.compile("(\\p{Lu}\\p{Ll}{2,12}\\.):");
    /** "[Stalin:] …" */
    private static final Pattern BRACKETED = Pattern.compile("\\[(" + WORD + "):\\]");
    /**
     * "[Oskar] Fischer. The letter …", "[Willi] Stoph.The West …": an SED transcript's label, the given name the editors
     * added in brackets, the surname and a full stop (the space after it may be lost). The surname is the speaker.
     */
    private static final Pattern GIVEN_IN_BRACKETS = Pattern.compile("\\[\\p{Lu}[\\p{L}.'’ -]{0,30}\\] (" + WORD + ")\\. ?(?=\\p{Lu})");
    /** "Comrade Aleksander Zawadzki [in Polish]" alone on its line: the speaker of the paragraphs after it. */
    private static final Pattern LABEL_LINE = Pattern.compile("(?:Comrade|Cde\\.) (" + INITIALS + WORD + "(?: (?:\\p{Lu}\\. ?)?" + WORD
            + "){0,2})(?: \\[[^\\]\\n]{1,40}\\])? ?:?");
    /** "Mikoyan. He proposes …": only for names the record lists as present or speaking. */
    private static final Pattern NAME_STOP = Pattern.compile("(" + WORD + ")\\. (?=\\p{Lu})");
    /** Capitalised words that open labelled lines but name nobody: the one list for every label style. */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of("Those", "Note", "Notes", "Contents", "Summary", "Citation",
            // the HSWP's minutes name who presented and who commented on an item ("Speaker: Comrade …", ItemSpeakers);
            // Malin's "Agreed: Cdes. …" and a copy's "Attested: Colonel General …" say who assented or signed
            "Speaker", "Speakers", "Commenters", "Commenter", "Invited", "Agreed", "Attested",
            // the Romanian Politburo's protocols: "Presides: Comrade Gheorghe Apostol." names the chair, opens no turn
            "Presides", "Presiding", "Chaired",
            "Source", "Page", "Point", "Points", "Protocol", "Agenda", "Present", "Decision", "Decided", "Resolution",
            "Resolved", "Information", "Question", "Questions", "Proposal", "Conclusion", "Attachment", "Comment",
            "Remark", "Subject", "Subj", "Re", "Participants", "Translation", "Original", "Date", "Title", "Item",
            "Items", "Result", "Results", "Task", "Tasks", "Reply", "Answer", "Instructions", "Draft", "Appendix",
            "Annex", "Enclosure", "Postscript", "Nb", "Ps", "Addendum", "Order", "Orders", "Telegram", "Report",
            "Time", "Place", "Note", "Notes", "Subject", "Re", "Reply", "Answer",
            "Question", "Agenda", "Copy", "Copies", "Distribution", "Ref", "To", "From", "Cc", "Date", "Classification",
            "Accompanying", "Interpreter", "Recorder", "Translator", "Source", "Summary", "Citation", "Contents", "Decree",
            "Decision", "Resolution", "Resolved", "Decided", "Present", "Participants", "Participating", "Attachment",
            "Enclosure", "Comrades", "Comrade", "Conclusion", "Proposal", "Item", "Point", "Protocol", "Information",
            "Body", "Title", "Original", "Collection", "Sequence", "Case", "Publication", "Content", "Release", "Document",
            "Statement", "Discussion", "Problem", "Note", "Addressee", "Sender", "Attention", "Telegram", "Report", "Minutes",
            "Transcript", "Memorandum", "Record", "Top", "Secret", "Strictly", "Confidential", "Translation", "Annex",
            "Appendix", "Postscript", "Remark", "Remarks", "Comment", "Comments", "Greetings", "Toast", "Result",
            "Results", "Task", "Tasks", "Instructions", "Order", "Orders", "Draft", "Resolutions", "Section", "Chapter",
            "Part", "Article", "Paragraph", "Excerpt", "Excerpts", "Editor", "Editors", "Dear", "Regarding", "Concerning",
            "Following", "Yesterday", "Today", "Tomorrow", "Also", "However", "Then", "There", "This", "That", "These",
            "Those", "The", "In", "On", "At", "As", "For", "And", "But", "It", "We", "He", "She", "They", "I", "You",
            "Here", "Now", "Moreover", "Finally", "First", "Second", "Third", "Thus", "Therefore", "Example", "Examples",
            "Signed", "Sincerely", "Yours", "Attachments", "Addendum", "Chairman", "Premier", "President", "General",
            "Interpreters", "Recorders", "Translators", "Participating", "Present", "Absent", "Guests", "Invited", "Venue",
            "Location", "Duration", "Start", "End", "Beginning", "Agenda", "Topic", "Topics", "Objective", "Purpose",
            // a German record's fields ("Betr.: Telefongespräch des Herrn Bundeskanzlers …", the Chancellery's Vermerke)
            "Betr", "Betreff", "Bezug", "Anl", "Anlage", "Az", "Vermerk", "Verteiler", "Gesprächsvermerk",
            // a telegram's marks around the letter it carries ("Begin Verbatim Text:", FRUS 1961-63 VI, 58), whole: a
            // speaker may be called Begin
            "Begin Verbatim Text", "End Verbatim Text", "Begin Text", "End Text",
            // a Vietnamese copy's fields beside the English ones ("Gửi: COSVN" under "To: COSVN", a blog's bilingual copy
            // of a WCDA record from Vietnam's archives): "To", "From"
            "Gửi", "Từ",
            // a cable's routing fields above its text ("Primary: Asia and China", "Sent: China 21:10", "Received: MOFA
            // 22:28", "Drafted on …"; the Japanese Foreign Ministry's cables on WCDA): each was a speaker
            "Primary", "Sent", "Received", "Drafted",
            // a memorandum's topic headings opening with a possessive ("His Own Plans: While he …", FRUS 1955-57's
            // memoranda of a conversation, set by topic): no name opens with one
            "His", "Her", "Its", "Our", "Their", "My", "Your"));
    /** Capitalised headings and markings that are no speaker. */
    private static final Set<String> NOT_CAPITALS = Set.copyOf(List.of("TOP SECRET", "SECRET", "STRICTLY SECRET", "CONFIDENTIAL", "USSR",
            "USA", "CC", "CPSU", "TASS", "UN", "NATO", "PARTICIPANTS", "SUBJECT", "TRANSCRIPT", "INFORMATION", "RECORD", "MEMORANDUM",
            "TELEGRAM", "REPORT", "MINUTES", "PROTOCOL", "NOTE", "PS", "NB", "OK", "FRG", "GDR", "PRC", "DPRK", "MPR", "VWP",
            "SED", "KGB", "MVD", "CIA", "US", "UK", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "I", "V", "X"));

    /**
     * Words that no name in capitals holds, though headings and stamps do ("THE HUNGARIAN SITUATION", "NO CHANGE IN
     * CLASS", "CHANGED TO", "CIPHERED TELEGRAM No. 709"): a name's particles ("DE", "VAN", "IL") are not among them,
     * nor family names that are also English words ("TO HUU", Vietnamese; "NO", a Korean romanisation of Roh).
     */
    private static final Set<String> NOT_IN_NAMES = Set.of("THE", "OF", "IN", "ON", "FOR", "AND", "BY", "AT", "FROM",
            "CIPHERED", "CHANGED", "CHANGE", "CLASS", "SITUATION", "SPECIAL", "PRIORITY", "URGENT", "COPY", "EMBASSY",
            // a declassification stamp's words, as CREST's OCR reads them ("NEXT REVIEW DATE:", "DECLASSIFIED")
            "NEXT", "REVIEW", "DECLASSIFIED", "AUTH",
            // a letter's salutation in capitals ("DEAR MR. PRESIDENT:", FRUS's letters of the 1960s)
            "DEAR");
    /**
     * Posts that an office's initials in capitals stand before ("USIA Director Wick", "NSC Advisor Powell", "KGB Chairman
     * Kryuchkov"): the capitals name an office, and the words after them are no speech but the sentence's subject.
     */
    private static final Set<String> POSTS_AFTER_OFFICE = Set.of("Director", "Advisor", "Adviser", "Chairman", "Chief",
            "Deputy", "Ambassador", "Minister", "Secretary", "Spokesman", "Representative", "Officer", "Head", "Administrator",
            "Correspondent", "Official", "Officials", "Delegation", "Delegate");

    /**
     * Papers an office's initials stand before in a heading ("ILD File (65) No. 159", the International Liaison
     * Department's file line on WCDA's records of conversation from China): a heading's words, no speech after a label.
     */
    private static final Set<String> PAPERS_AFTER_OFFICE = Set.of("File", "Files", "Document", "Report", "Telegram", "Cable",
            "Memorandum", "Information", "Dossier");

    /** No label runs further than this into its paragraph. */
    private static final int REACH = 160;

    private Labels() {
    }

    /** A label at {@code start} of the paragraph ending at {@code end}: {labelStart, textStart, nameStart, nameEnd}, or null. */
    static int[] at(String body, int start, int end, Set<String> known) {
        start = afterParagraphNumber(body, start, end);
        if (!mayOpenLabel(body, start, end)) return null;
        if (end - start <= 80 && (body.startsWith("Cde.", start) || body.startsWith("Comrade", start))) {
            Matcher line = Anchors.matcher(LABEL_LINE, body);
            if (line.region(start, end).matches()) return new int[] {start, end, line.start(1), line.end(1)};
        }
        // the styles "Name:" and "Abbr.:" need a colon within their reach: most paragraphs have none there
        boolean colon = body.indexOf(':', start, Math.min(end, start + REACH)) >= 0;
        int[] found = colon && nameThenColon(body, start, Math.min(end, start + REACH)) ? match(TITLED, body, start, end) : null;
        if (found != null) found = sideThenName(body, found);
        if (found != null && !named(body, found)) found = null;
        if (found == null) found = capitals(body, start, end);
        if (found == null && colon) {
            found = match(ABBREVIATED, body, start, end);
            if (found != null && !named(body, found)) found = null; // "Betr.:", a field's abbreviated label
        }
        if (found == null) found = bracketed(body, start, end);
        if (found == null) found = givenInBrackets(body, start, end);
        if (found == null && !known.isEmpty() && knownBeforeStop(body, start, end, known)) {
            int[] stop = match(NAME_STOP, body, start, end);
            if (stop != null && known.contains(body.substring(stop[2], stop[3]))) found = stop;
        }
        return found;
    }

    /**
     * Whether the word at {@code start} is a known name followed by a full stop: the name of
     * {@link #NAME_STOP} can only be the whole run of letters, apostrophes and hyphens there, so the
     * set is asked before the pattern runs.
     */
    private static boolean knownBeforeStop(String body, int start, int end, Set<String> known) {
        int limit = Math.min(end, start + REACH);
        int k = start;
        while (k < limit && isNameChar(body.codePointAt(k))) k += Character.charCount(body.codePointAt(k));
        return k < limit && body.charAt(k) == '.' && known.contains(body.substring(start, k));
    }

    private static boolean isNameChar(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }

    /**
     * A label inside a paragraph, after a sentence ends ("… as before. O. DORTICOS. We have …",
     * "… people.\" [Stalin:] \"A hardy …"): only the unmistakable styles, capitals and brackets.
     */
    static int[] inside(String body, int start, int end) {
        if (!mayOpenLabel(body, start, end)) return null;
        int[] found = comradeAfterSentence(body, start, end);
        if (found == null) found = capitals(body, start, end);
        if (found == null) found = bracketed(body, start, end);
        return found;
    }

    /**
     * "… at 6:30 a.m. Comrade Nicolae Ceausescu: This is …": in a record run together on one line (a Romanian record of
     * the Executive Committee, WCDA's PDF) "Comrade" or "Tov." and a name with its colon after a sentence's end are a
     * label as at a paragraph's start. Reported speech ("Comrade Kadar said: …") has a verb before the colon.
     */
    private static int[] comradeAfterSentence(String body, int start, int end) {
        if (!body.startsWith("Comrade ", start) && !body.startsWith("Tov. ", start)) return null;
        int limit = Math.min(end, start + REACH);
        if (body.indexOf(':', start, limit) < 0 || !nameThenColon(body, start, limit)) return null;
        int[] found = match(TITLED, body, start, end);
        return found != null && named(body, found) ? found : null;
    }

    /**
     * Where a paragraph's words start after its number run on to them ("3Kohl: I am …", "2[Oskar] Fischer: …", a book
     * site's numbered paragraphs, books.openedition.org): the label is read after the number. One to three digits and
     * then a capital or a bracket at once, no space: a year or a point ("1956", "2. The …") is not such a number.
     */
    static int afterParagraphNumber(String body, int start, int end) {
        int k = start;
        while (k < end && k - start < 4 && body.charAt(k) >= '0' && body.charAt(k) <= '9') k++;
        if (k == start || k - start > 3 || k >= end) return start;
        return body.charAt(k) == '[' || Character.getType(body.codePointAt(k)) == Character.UPPERCASE_LETTER ? k : start;
    }

    /** Every label style opens with a capital ("Cde.", a title, initials, a name) or a bracket: most paragraphs fail here, before any pattern. */
    private static boolean mayOpenLabel(String body, int start, int end) {
        return start < end && (body.charAt(start) == '[' || Character.getType(body.codePointAt(start)) == Character.UPPERCASE_LETTER);
    }

    /**
     * Whether a word opening a "Word:" label may be a name ("Time:", "Place:", "Interpreter:" are not); in capitals, a
     * memorandum's headings and points ("PARTICIPANTS:", "SUBJECT:", "USSR:", "GERMANY:") are not either.
     */
    static boolean mayName(String word) {
        if (NOT_NAMES.contains(word) || Topics.isTopic(word)) return false;
        if (word.length() < 2 || !word.equals(word.toUpperCase(java.util.Locale.ROOT))) return true;
        String capitalised = word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
        return !NOT_CAPITALS.contains(word) && !NOT_NAMES.contains(capitalised) && !Topics.isTopic(capitalised);
    }

    private static int[] bracketed(String body, int start, int end) {
        if (body.charAt(start) != '[') return null;
        int[] f = match(BRACKETED, body, start, end);
        return f != null && named(body, f) ? f : null; // "[Present:]" heads a list, it is no speaker
    }

    private static int[] givenInBrackets(String body, int start, int end) {
        if (body.charAt(start) != '[') return null;
        int[] f = match(GIVEN_IN_BRACKETS, body, start, end);
        return f != null && named(body, f) ? f : null;
    }

    private static int[] capitals(String body, int start, int end) {
        // two capitals ("HO", "KHRUSHCHEV") or an initial ("O. DORTICOS") open the style
        int second = start + Character.charCount(body.codePointAt(start));
        if (second >= end || (body.charAt(second) != '.' && Character.getType(body.codePointAt(second)) != Character.UPPERCASE_LETTER)) {
            return null;
        }
        int[] f = match(CAPITALS, body, start, end);
        if (f == null) return null;
        String name = body.substring(f[2], f[3]);
        if (NOT_CAPITALS.contains(name) || name.replace(".", "").replace(" ", "").length() < 3 || headingWords(name)) return null;
        // a heading in capitals alone on its line is no label: a label has words after it
        if (f[1] >= end || body.substring(f[1], end).isBlank()) return null;
        if (body.charAt(f[1] - 1) == ' ') {
            String next = Chars.firstWord(body.substring(f[1], Math.min(end, f[1] + 30)), " ,.:;");
            if (POSTS_AFTER_OFFICE.contains(next) || PAPERS_AFTER_OFFICE.contains(next)) return null;
        }
        return f;
    }

    /** Whether a run of capitals holds a word of a heading or a kind of document, which no name does. */
    private static boolean headingWords(String capitals) {
        for (String w : capitals.split("[ -]")) {
            if (NOT_IN_NAMES.contains(w) || NOT_CAPITALS.contains(w) && w.length() > 3) return true;
        }
        return false;
    }

    /**
     * What {@link #TITLED} needs first: from {@code start}, only the chars of titles, initials and names (letters,
     * stops, spaces, hyphens, apostrophes) up to its colon or the bracket of an aside. A paragraph with a colon
     * further on ("He said: …") mostly meets a comma or a digit first, and the pattern is not tried there.
     * {@code TitledLabelTest} holds it to the pattern on random paragraphs.
     */
    static boolean nameThenColon(String body, int start, int limit) {
        for (int i = start; i < limit; i++) {
            char c = body.charAt(i);
            if (Character.isLetter(c) || Character.isSurrogate(c) || c == '.' || c == ' ' || c == '-' || c == '\'' || c == '’') continue;
            return c == ':' || c == '[' || c == '(';
        }
        return false;
    }

    /**
     * Whether {@code line} opens with a speaker's label in its commonest style, a name (with its title, if any) and
     * a colon ("Zhou Enlai: …", "Premier Zhou: …", "Comrade Pham Van Dong: …"), the name not a field's word
     * ("Subject:", "Present:", "To:"). Capitals ("SUBJECT: …") are left out: a memorandum's fields are set so.
     */
    static boolean namedAt(String line) {
        int limit = Math.min(line.length(), REACH);
        if (!mayOpenLabel(line, 0, line.length()) || line.indexOf(':', 0, limit) < 0 || !nameThenColon(line, 0, limit)) return false;
        int[] found = match(TITLED, line, 0, line.length());
        return found != null && named(line, found);
    }

    /** The sides a record of talks labels its turns by before the speaker's name in brackets. */
    private static final Set<String> SIDES = Set.of("North", "South", "East", "West");

    /**
     * "North (KIM): Is President Park …", "South (LEE): Yes, …": the inter-Korean talks' records on WCDA label a turn by
     * the side and then the speaker's name in capitals in brackets. The side was the speaker ("North", "South"); the name
     * in brackets is. Any other label as found.
     */
    private static int[] sideThenName(String body, int[] f) {
        if (!SIDES.contains(body.substring(f[2], f[3])) || !body.startsWith(" (", f[3])) return f;
        int close = body.indexOf(')', f[3]);
        if (close < 0 || close > f[1]) return f;
        String inner = body.substring(f[3] + 2, close);
        boolean capitals = inner.length() >= 2 && inner.chars().allMatch(c -> Character.isUpperCase(c) || c == ' ' || c == '-');
        return capitals ? new int[] {f[0], f[1], f[3] + 2, close} : null;
    }

    /** Whether the label's first word (titles aside) is a name, not a word such as "Time" or "Note". */
    private static boolean named(String body, int[] f) {
        String name = body.substring(f[2], f[3]);
        String first = Chars.firstWord(name, " .");
        if (NOT_NAMES.contains(first) || NOT_NAMES.contains(name) || Topics.isTopic(name)) return false;
        // "NEXT REVIEW DATE:", a stamp's label in capitals, holds a heading's word
        return !name.equals(name.toUpperCase(java.util.Locale.ROOT)) || !headingWords(name);
    }

    private static int[] match(Pattern p, String body, int start, int end) {
        Matcher m = Anchors.matcher(p, body);
        if (!Anchors.matchesAt(m, start, Math.min(end, start + REACH))) return null;
        return new int[] {m.start(), m.end(), m.start(1), m.end(1)};
    }
}
