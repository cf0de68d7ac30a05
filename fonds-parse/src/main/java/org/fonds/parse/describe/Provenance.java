package org.fonds.parse.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;

/** Place, security marking, translators and chair, from the title, the citation and the first lines. */
public final class Provenance {
    /**
     * The markings: "Strictly Confidential" among them (the Hungarian party's minutes on WCDA's older page; probe 32),
     * "Strictly confidential!" over a Bulgarian Politburo stenogram (WCDA's current page; probe 33).
     */
    private static final Pattern MARKING = Pattern.compile(
            "^(?:\\d{1,3} )?((?i:top secret|strictly secret|strictly confidential|secret|confidential|restricted))(?:!|\\.|\\b).*");
    private static final Pattern CAPITALS_AFTER = Pattern.compile("^(?:\\d{1,3} )?(?i:top secret|strictly secret|secret|confidential) \\p{Lu}{3,}\\b");
    private static final Pattern PLACE_LABEL = Pattern.compile("^Place: (.{2,80})$");
    // a stray space before the comma as a page sets it ("Neptun , 23 July 1988", WCDA's page of a Romanian stenogram)
    private static final Pattern PLACE_DATE = Pattern.compile("^(\\p{Lu}[\\p{L}-]{2,30}(?: \\p{Lu}[\\p{L}-]{2,30})?) ?, (?:\\d{1,2} \\p{L}+|\\p{L}+ \\d{1,2}),? \\d{4}.*");
    /** A marking and the handling words an archive's copy sets beside it: "Single Copy", "Special File", "(Working Notes)". */
    private static final Pattern MARKING_HANDLING = Pattern.compile("(?i)(?:top secret|strictly secret|strictly confidential|secret|confidential)[.!]?"
            + "(?:,? (?:single copy|only copy|one copy|special file|special folder|copy no\\.? ?\\d{1,3}|not to be copied|eyes only"
            + "|\\((?:working notes|draft minutes|draft|minutes)\\)))*");
    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final Pattern IN_THE = Pattern.compile("^In (?:the )?(\\p{Lu}\\p{L}{2,30})\\b.{0,40}\\d.*");
    /**
     * "Minutes of Todor Zhivkov – Indira Gandhi Meeting, Delhi": the place after the title's last comma. Also a residence
     * or hall named by two words, an editor's bracketed country after it ("Minutes of Conversation between Todor Zhivkov –
     * Leonid I. Brezhnev, Voden Residence [Bulgaria]", WCDA's Zhivkov collection): the place as written, without the aside.
     */
    private static final Pattern TITLE_COMMA_PLACE = Pattern.compile(".*, (\\p{Lu}\\p{Ll}{2,30}"
            + "(?: (?:Residence|Palace|Hall|House|Villa|Dacha))?)(?: \\[\\p{Lu}[\\p{L} ]{2,30}\\])?$");
    static final Pattern TITLE_IN = Pattern.compile(
            "(?:Negotiations|Meeting|Embassy|Conference|Talks|Session|Consulate|Legation|Mission) in (\\p{Lu}\\p{L}{2,30}"
                    // a place of two capitalised words ("Embassy in Port Aven"), not cut to its first
                    + "(?: \\p{Lu}\\p{L}{2,30}\\b)?)");
    /** "Telegram from the Budapest KGB Station", "Report of the Peking Residency": a post named after its city. */
    private static final Pattern TITLE_POST = Pattern.compile(
            "\\b(?:[Ff]rom|[Oo]f|[Bb]y) the (\\p{Lu}\\p{Ll}{2,30}) (?:(?:KGB|MGB|NKVD|GRU|CIA|Military|Trade|Press) )?"
                    + "(?:Station|Residency|Rezidentura|Embassy|Legation|Consulate|Mission|Bureau)\\b");
    /** Words before a post's name that say whose it is, not where: "the Soviet Embassy", "the Hungarian Legation". */
    private static final java.util.Set<String> NOT_CITIES = java.util.Set.of("Soviet", "German", "Czech", "French", "Dutch",
            "Swiss", "Greek", "Thai", "Yugoslav", "Czechoslovak", "Polish", "British", "Irish", "Danish", "Swedish", "Finnish",
            "Turkish", "Spanish", "Cuban", "Chinese", "Japanese", "Vietnamese", "Iraqi", "Israeli", "Afghan", "Allied",
            "Foreign", "Main", "Central", "Local", "Regional", "Special", "Our", "Their", "Same", "New",
            // "the Standing Bureau", "the Political Bureau": what kind of bureau, not where
            "Standing", "Permanent", "Political", "Executive");
    private static final Pattern TITLE_AT = Pattern.compile(" at ((?:\\p{Lu}\\p{L}+ )(?:(?:de |del |La |la |\\p{Lu}\\p{L}+) ?){1,6})$");
    private static final Anchors.Folded TRANSLAT = new Anchors.Folded("translat");
    /** Package-private for the test that holds {@link #translators} to a {@code find()} of it. */
    static final Pattern TRANSLATED = Pattern.compile(
            "(?i:translat(?:ed|ion)(?: and (?:edited|annotated))?(?: for [\\p{L}]{2,12})?(?: (?:from|into) \\p{L}{3,20}(?: and \\p{L}{3,20})?){0,2} by) "
                    + "((?:\\p{Lu}[\\p{L}'’-]*\\.? ?){1,5})");
    /** "Chaired by Comrade …", "Chaired by cde. M.S. GORBACHEV", "In the chair: Comrade M.S. Gorbachev" (Politburo minutes in translation). */
    private static final Pattern CHAIRED = Pattern.compile("(?i:chaired by|presided (?:over )?by|in the chair[:,]) (?:[Cc]de\\.|[Cc]omrade)? ?((?:\\p{Lu}\\.? ?){0,3}\\p{Lu}[\\p{L}'’-]+)");
    private static final Pattern PRESIDING = Pattern.compile("(?:Cde\\.|Comrade) ((?:\\p{Lu}\\. ?){0,3}\\p{Lu}[\\p{L}'’-]+) presiding");

    private Provenance() {
    }

    /** Whether the line is a security marking and nothing more ("Top Secret", "SECRET!"): no title goes on into it. */
    public static boolean markingAlone(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 24 || "tTsScCrR".indexOf(s.charAt(0)) < 0) return false;
        Matcher m = MARKING.matcher(s);
        return m.matches() && s.length() <= m.end(1) + 1;
    }

    /**
     * Whether the line is a marking with the handling words an archive's copy sets beside it, or a marking in brackets,
     * and nothing more: "Top Secret Single Copy (Working Notes)" above a session's heading (a CWIHP working paper),
     * "(Top Secret)" under a title (the archive's page of a summary of a CPSU CC meeting). Such a line is the
     * classification's, never the title's words.
     */
    public static boolean markingLine(String line) {
        String s = line.strip();
        if (s.length() < 6 || s.length() > 60) return false;
        if (s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') s = s.substring(1, s.length() - 1).strip();
        if (s.isEmpty() || "tTsScC".indexOf(s.charAt(0)) < 0) return false;
        return MARKING_HANDLING.matcher(s).matches();
    }

    /** Markings in capitals that may close a letterhead's line, longest first. */
    private static final String[] ENDING_MARKINGS = {"STRICTLY SECRET", "TOP SECRET", "SECRET"};

    /**
     * The marking in capitals that ends a letterhead's line in capitals ("USSR EMBASSY IN THE DPRK [faded USSR TOP
     * SECRET", the journals of the Soviet ambassadors in the DPRK on WCDA's pages, the stamp's words between them), or
     * null. The line's first word in capitals too, so that a sentence ending in the word is none.
     */
    private static String endingMarking(String s) {
        if (s.length() > 80 || s.length() < 12 || !s.endsWith("SECRET")) return null;
        int space = s.indexOf(' ');
        if (space < 2 || !s.substring(0, space).chars().allMatch(Character::isUpperCase)) return null;
        for (String marking : ENDING_MARKINGS) {
            if (s.endsWith(" " + marking) && s.length() > marking.length() + 1) return marking;
        }
        return null;
    }

    public static String classification(List<String> lines) {
        for (String l : lines) {
            String s = l.strip();
            // "(Top Secret)" on a line of its own, under the title of the archive's page
            if (s.length() > 8 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')' && markingLine(s)) {
                s = s.substring(1, s.length() - 1).strip();
            }
            String last = endingMarking(s);
            if (last != null) return last;
            // the pattern only where a marking's first char (or a page number) stands
            if (s.isEmpty() || !Character.isDigit(s.charAt(0)) && "tTsScCrR".indexOf(s.charAt(0)) < 0) continue;
            Matcher m = MARKING.matcher(s);
            // the marking alone on its line, or heading a line in capitals ("2 Top Secret MEMORANDUM OF CONVERSATION")
            if (m.matches() && (l.strip().length() < 60 || CAPITALS_AFTER.matcher(l.strip()).lookingAt())) return m.group(1);
        }
        return null;
    }

    public static String place(String title, List<String> lines) {
        for (String l : lines) {
            String s = l.strip();
            if (!s.startsWith("Place: ")) continue;
            Matcher m = PLACE_LABEL.matcher(s);
            if (m.matches()) return m.group(1).strip();
        }
        String in = titleIn(title);
        if (in != null) return in;
        String post = post(title);
        if (post != null) return post;
        // " at " and ", " anchor the last two: a find() from every position of the title cost more than describing the rest
        Matcher at = Anchors.matcher(TITLE_AT, title);
        for (int p = title.indexOf(" at "); p >= 0; p = title.indexOf(" at ", p + 1)) {
            if (Anchors.matchesAt(at, p, title.length())) return at.group(1).strip();
        }
        if (mayEndInPlace(title)) {
            Matcher comma = TITLE_COMMA_PLACE.matcher(title);
            if (comma.matches()) return comma.group(1);
        }
        for (String l : lines) {
            // each pattern's first words checked before it runs: "Budapest, 28 October 1956", "In the Kremlin, …"
            String s = l.strip();
            if (s.indexOf(", ") > 0 && Character.getType(s.codePointAt(0)) == Character.UPPERCASE_LETTER && wordsBeforeComma(s)) {
                Matcher d = PLACE_DATE.matcher(s);
                // "Monday, 14 March 1955": a weekday before the date says when, not where
                if (d.matches() && !WEEKDAYS.contains(d.group(1))) return d.group(1);
            }
            if (s.startsWith("In ") && capitalAfterIn(s)) {
                Matcher k = IN_THE.matcher(s);
                if (k.matches()) return k.group(1);
            }
            String afterDate = placeAfterDate(s);
            if (afterDate != null) return afterDate;
        }
        String origin = CableOrigin.of(lines);
        return origin != null ? origin : journalPlace(lines);
    }

    /** "29 June through 8 August 1960": the period a journal's heading names, the line above its place. */
    private static final Pattern PERIOD = Pattern.compile("^\\d{1,2} \\p{Lu}\\p{Ll}{2,9} through \\d{1,2} \\p{Lu}\\p{Ll}{2,9},? \\d{4}$");
    private static final Pattern ONE_PLACE = Pattern.compile("^\\p{Lu}\\p{Ll}{2,30}$");

    /**
     * The city alone on its line under a journal's period ("JOURNAL" / "of Soviet Ambassador in the DPRK A. M. Puzanov for
     * the period" / "29 June through 8 August 1960" / "Pyongyang", WCDA's pages of the ambassadors' journals), or null.
     */
    private static String journalPlace(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.length() < 3 || s.length() > 31 || !Character.isUpperCase(s.charAt(0))) continue;
            String above = lines.get(i - 1).strip();
            if (above.contains(" through ") && PERIOD.matcher(above).matches() && ONE_PLACE.matcher(s).matches()) return s;
        }
        return null;
    }

    /**
     * "31 July 1958 in Huairen Hall [in Zhongnanhai, …]", "August 1, 1958, in Zhongnanhai[1]": the line that opens a
     * record of conversation on WCDA's pages of Khrushchev's 1958 talks with Mao Zedong, the date and where it was held.
     */
    private static final Pattern DATE_IN = Pattern.compile("^(?:\\d{1,2} \\p{Lu}\\p{Ll}{2,9}|\\p{Lu}\\p{Ll}{2,9} \\d{1,2},?) \\d{4},? in "
            + "(\\p{Lu}[\\p{L}-]{2,30}(?: \\p{Lu}[\\p{L}-]{2,30}){0,2})(?: ?\\[.{0,120}\\])?$");

    /** The place of such a line, or null: tried only on a short line opening with a digit or a capital. */
    private static String placeAfterDate(String s) {
        int newline = s.indexOf('\n');
        if (newline > 0) s = s.substring(0, newline).strip(); // a record's first sentence may run over its first line
        if (s.length() > 200 || s.indexOf(" in ") < 0 || !Character.isLetterOrDigit(s.charAt(0))) return null;
        Matcher m = DATE_IN.matcher(s);
        return m.matches() ? m.group(1) : null;
    }

    /** The words {@link #TITLE_IN} opens with: none ends another, so at most one ends where an " in " starts. */
    private static final String[] IN_WORDS = {"Negotiations", "Meeting", "Embassy", "Conference", "Talks", "Session",
            "Consulate", "Legation", "Mission"};

    /**
     * The place of "Meeting in Budapest" in a title: what {@code TITLE_IN.find()} gives, tried only where one of its
     * words ends at an " in " (a find() tried its nine words at every position of the title). The leftmost match is
     * the one at the first such " in ": a word holds no space, so no match can start before an earlier " in ".
     */
    static String titleIn(String title) {
        Matcher m = null;
        for (int p = title.indexOf(" in "); p >= 0; p = title.indexOf(" in ", p + 1)) {
            for (String w : IN_WORDS) {
                if (p < w.length() || !title.startsWith(w, p - w.length())) continue;
                if (addressee(title, p - w.length())) break; // "… to the Legation in Hungary": where it went, not whence
                if (m == null) m = Anchors.matcher(TITLE_IN, title);
                if (Anchors.matchesAt(m, p - w.length(), title.length())) return m.group(1);
                break;
            }
        }
        return null;
    }

    /** Whether the post named at {@code at} is the addressee: "Telegram From the Department of State to the Legation in Hungary". */
    private static boolean addressee(String title, int at) {
        return title.startsWith(" to the ", at - 8) || title.startsWith(" to ", at - 4);
    }

    /** "… from the Budapest KGB Station": each match of {@link #TITLE_POST} starts at the word before a " the ". */
    private static String post(String title) {
        Matcher post = Anchors.matcher(TITLE_POST, title);
        int from = 0;
        for (int p = title.indexOf(" the "); p >= 0; p = title.indexOf(" the ", p + 1)) {
            int start = p >= 4 && title.startsWith("rom", p - 3) ? p - 4 : p - 2;
            if (start < from || !isPostWord(title, start) || !Anchors.matchesAt(post, start, title.length())) continue;
            from = post.end();
            String city = post.group(1);
            if (!NOT_CITIES.contains(city) && !city.endsWith("ian") && !city.endsWith("ean") && !city.endsWith("ese")
                    && !city.endsWith("ish") && !city.endsWith("ican")) return city;
        }
        return null;
    }

    /** "from", "of" or "by" (first letter in either case) at {@code start}: what opens {@link #TITLE_POST}. */
    private static boolean isPostWord(String title, int start) {
        if (start < 0) return false;
        char c = Character.toLowerCase(title.charAt(start));
        return c == 'f' && title.startsWith("rom", start + 1) || c == 'o' && title.charAt(start + 1) == 'f'
                || c == 'b' && title.charAt(start + 1) == 'y';
    }

    /** What {@link #TITLE_COMMA_PLACE} needs: a capital after the last ", " and at most 31 chars after it. */
    private static boolean mayEndInPlace(String title) {
        int comma = title.lastIndexOf(", ");
        return comma >= 0 && title.length() - comma - 2 <= 31 && comma + 2 < title.length()
                && Character.getType(title.codePointAt(comma + 2)) == Character.UPPERCASE_LETTER;
    }

    /** What {@link #PLACE_DATE} needs before its first ", ": letters, hyphens and spaces only (the place's name). */
    private static boolean wordsBeforeComma(String s) {
        int comma = s.indexOf(", ");
        if (comma > 63) return false;
        for (int i = 0; i < comma; i++) {
            char c = s.charAt(i);
            if (c != '-' && c != ' ' && !Character.isLetter(c) && !Character.isSurrogate(c)) return false;
        }
        return true;
    }

    /** What {@link #IN_THE} needs: a capital after "In " or "In the ". */
    private static boolean capitalAfterIn(String s) {
        int at = s.startsWith("In the ") ? 7 : 3;
        return upperAt(s, 3) || at < s.length() && upperAt(s, at);
    }

    private static boolean upperAt(String s, int i) {
        return i < s.length() && Character.getType(s.codePointAt(i)) == Character.UPPERCASE_LETTER;
    }

    public static List<String> translators(String citation) {
        List<String> out = new ArrayList<>();
        // every match starts with "translat" (any case): the pattern is tried only there, not at every char
        int at = TRANSLAT.in(citation, 0);
        if (at < 0) return out;
        Matcher m = Anchors.matcher(TRANSLATED, citation);
        for (; at >= 0; at = TRANSLAT.in(citation, at + 1)) {
            if (!Anchors.matchesAt(m, at, citation.length())) continue;
            at = m.end() - 1;
            String name = translatorName(m.group(1));
            if (!name.isEmpty() && !out.contains(name)) out.add(name);
            String second = secondTranslator(citation, m.end(), name);
            if (second != null && !out.contains(second)) out.add(second);
        }
        return out;
    }

    /** A name of capitalised words, as {@link #TRANSLATED}'s group reads one. */
    private static final Pattern NAME_AFTER_AND = Pattern.compile("and ((?:\\p{Lu}[\\p{L}'’-]*\\.? ?){1,5})");

    /**
     * "translated by Gwenyth A. Jones and Péter Vámos.": a second translator joined by "and" (WCDA's older page, the
     * HSWP Political Committee's minutes of April 1970; probe 32). Only where the first name ran to the "and", whole.
     * Package-private: {@code TranslatorsTest}'s oracle reads a match through it, its subject being the anchoring.
     */
    static String secondTranslator(String citation, int end, String first) {
        if (!citation.startsWith("and ", end) || !citation.regionMatches(end - first.length() - 1, first, 0, first.length())) return null;
        Matcher m = NAME_AFTER_AND.matcher(citation);
        if (!m.region(end, citation.length()).lookingAt()) return null;
        String name = translatorName(m.group(1));
        return name.isEmpty() ? null : name;
    }

    /** The name {@link #TRANSLATED}'s group gives, as a translator is named: package-private for the test of the anchoring. */
    static String translatorName(String matched) {
        String name = beforeSentence(matched.strip());
        if (name.endsWith(".") && name.length() > 2 && !Character.isUpperCase(name.charAt(name.length() - 2))) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    /**
     * The name without the sentence the citation goes on with ("translation from Russian by David Wolff. Published in
     * CWIHP Working Paper No. 30.", WCDA's older pages): a stop after a word's small letter ends the name; a stop after
     * an initial ("Vladislav M. Zubok") does not.
     */
    private static String beforeSentence(String name) {
        for (int i = name.indexOf(". "); i > 0; i = name.indexOf(". ", i + 1)) {
            if (Character.isLowerCase(name.charAt(i - 1))) return name.substring(0, i);
        }
        return name;
    }

    /** "Nicolae Ceausescu presided.": a name of two or three words, a sentence of its own. */
    private static final Pattern NAME_PRESIDED = Pattern.compile("(?:(?:Cde\\.|Comrade) )?(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}) presided\\.");
    /** How far before " presided." its name may start. */
    private static final int PRESIDED_REACH = 60;

    /**
     * The chair a Romanian protocol names in a sentence of its own after the list of those present ("The meeting began at
     * 1800 hrs. Nicolae Ceausescu presided.", WCDA's PDF of the Executive Political Committee, 1966): the sentence before
     * " presided." read whole, where it is a name; null if none is.
     */
    private static String presidedAfterName(String text) {
        int at = text.indexOf(" presided.");
        if (at < 0) return null;
        int start = at;
        while (start > 0 && at - start < PRESIDED_REACH && ".!?\n".indexOf(text.charAt(start - 1)) < 0) start--;
        Matcher m = NAME_PRESIDED.matcher(text.substring(start, at + 10).strip());
        return m.matches() ? m.group(1) : null;
    }

    public static String chair(String text) {
        if (text.indexOf("hair") < 0 && text.indexOf("resid") < 0) return null; // "chaired", "presiding": a literal first
        // the patterns run only where their first words stand: a find() over the first 3,000 chars cost more than the rest of describing
        Matcher m = Anchors.matcher(CHAIRED, text);
        if (Anchors.findIgnoringCase(m, text, text.length(), "chaired by", "presided ", "in the chair:", "in the chair,")) return m.group(1).strip();
        String presided = presidedAfterName(text);
        if (presided != null) return presided;
        if (!text.contains(" presiding")) return null;
        Matcher p = Anchors.matcher(PRESIDING, text);
        Anchors.Scan titles = new Anchors.Scan(text, "Cde.", "Comrade");
        for (int at = titles.next(0); at >= 0; at = titles.next(at + 1)) {
            if (Anchors.matchesAt(p, at, text.length())) return p.group(1).strip();
        }
        return null;
    }
}
