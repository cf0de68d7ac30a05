package org.fonds.parse.session;

import org.fonds.record.names.Honorifics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;
import org.fonds.parse.text.Literals;
import org.fonds.parse.text.Chars;

/**
 * The surnames in every "Those Taking Part:" list, in order of first appearance. A list runs to
 * the end of its paragraph; after its first sentence it goes on only while sentences are still
 * names ("… Brezhnev. Cdes. Munnich, Kadar, and Bata"), so "… Pospelov.On the Operations" and
 * "… Yudin. Chinese comrades." stop where the names stop. Groups ("Chinese comrades") are not names.
 * A guest delegation in the attendance block ("From the CPC CC—Cdes. Liu Shaoqi") is a list too, and
 * so is "Albanian delegation represented by:".
 */
public final class Participants {
    private static final Pattern LIST = Pattern.compile(
            // "in the presence of comrades: Wiesław, Tomasz, …", the Polish party's minutes of the 1940s (WCDA's PDFs)
            "(?:(?<![\\p{L}])[Ii]n the presence of comrades ?:|"
            // "In the chair, Comrade L.I. Brezhnev / present: Suslov, Grishin, …" (bukovsky-archive's Politburo records):
            // lower case, so only before a name and its comma
            + "(?<![\\p{L}])present ?:(?= ?\\p{Lu}\\p{Ll}{2,30},)|"
            + "(?=[\\p{Lu}\\[])(?<![\\p{L}])(?:From the \\p{Lu}[\\p{L} ]{1,30}?[—–] ?(?=Cdes?\\. )|\\[?(?:Those [Tt]aking [Pp]art|THOSE TAKING PART|Those who took part|Present|PRESENT|Participants|PARTICIPANTS"
                    + "|Participating|Also taking part|Attended by|Participants in the meeting"
                    // "Present at the meeting: Cdes. B.N. Ponomarev, Deng Xiaoping." / "Present [at the meeting]:" above a line
                    // of names for each side, WCDA's records of Khrushchev's 1958 talks with Mao Zedong
                    + "|Present at the meeting|Present \\[at the meeting\\]"
                    // "Participants in the meeting were: Nicolae Ceausescu, …" / "Invited to the meeting were comrades: …", the
                    // Romanian party's protocols (WCDA's PDFs of the Executive Political Committee)
                    + "|Participants in the meeting were|Invited to the meeting were comrades"
                    // "Chinese participants: Zhou Enlai, …" / "French participants: …", one side's list a line each (WCDA's
                    // records of conversation from China's Foreign Ministry Archive)
                    + "|\\p{Lu}[\\p{L}-]{2,30} participants"
                    // "Comrades in attendance:", the Politburo minutes of bukovsky-archive.com
                    + "|Comrades in attendance|In attendance"
                    // "Comrades present: W. Jaruzelski, J. Czyrek, …", the PZPR CC Secretariat's minutes (NSA's 1989 readers)
                    + "|Comrades present"
                    // "Present from the Korean side were: Kim Il Sung, Choe Yong-geon, …" (the journals of the Soviet
                    // ambassadors in the DPRK on WCDA's pages): one side's guests at a lunch, listed
                    + "|Present from the \\p{Lu}[\\p{L}-]{2,30} side were"
                    + "|From the \\p{Lu}[\\p{L}-]{2,30} side|On the \\p{Lu}[\\p{L}-]{2,30} side"
                    + "|The following comrades took part in the talks"
                    + "|\\p{Lu}[\\p{L}-]{2,30} delegation represented by) ?:\\]?)"
            // "Comrades Nicolae Ceausescu, Ion Gheorghe Maurer, … participate in the meeting." (a Romanian record of the
            // Executive Committee, WCDA's PDF): the names before the verb; {@link #starts} finds the verb first
            + "|(?<![\\p{L}])Comrades(?= \\p{Lu}))");
    /**
     * "[Bu]", "[Soviet First Deputy Premier Anastas I.]", "[20]": asides and markers inside a list; an
     * aside may run to 120 chars and be hard-wrapped once ("[CPSU Department for Liaison with /
     * Communist and Workers Parties in Socialist Countries Head Yuri V.] Andropov", b10).
     */
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\[\\]\\n]{0,120}(?:\\n[^\\[\\]\\n]{0,120})?\\]");
    /** "… Cdes. L. I. Brezhnev": what follows the last title of an item is the name. */
    private static final Pattern LAST_TITLE = Pattern.compile(".*\\b(?:Cdes?\\.|[Cc]omrades?) ");
    /** Words that head a group in a list ("United States", "USSR"), not a person. */
    private static final java.util.Set<String> GROUP_WORDS = java.util.Set.of("States", "Union", "Kingdom", "Republic",
            "Party", "Committee", "Side", "Delegation", "Government", "Ministry", "Embassy", "Department", "Council",
            "Presidium", "Politburo", "Bureau", "Army", "Front", "Nations", "Comrades", "Members", "Secretaries",
            // "U.S. Participants" / "Soviet Participants": a side's heading in FRUS 1981-88's lists
            "Participants",
            // "… Between the Legation in Hungary and the Department of State" (FRUS): a mission, no person
            "Legation", "Mission", "Consulate",
            // "… François Mitterrand and Their Spouses" (a CEU reader's heading): the parties' company, named by no one
            "Spouses", "Wives");
    /** Titles whose full stop ends no sentence. */
    // "Kim Jeong-suk (Kim Il Sung's sister and Chief of Department of Student Youth of the Union of Democratic Youth CC, who
    // graduated from the Leningrad Institute of Journalism)", a journal's list: a role may take two lines' worth
    private static final Pattern ROLE = Pattern.compile(" ?\\([^()]{0,200}\\)");
    /** The items' separators; {@link #items} splits as this pattern's {@code split} does, by hand. */
    static final Pattern ITEM_SEPARATOR = Pattern.compile(" ?(?:,|;|&|\\+| and ) ?");

    private Participants() {
    }

    /** The surnames of the lists starting at {@code starts} (from {@link #starts}). */
    public static List<String> find(String body, List<Integer> starts) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Matcher m = Anchors.matcher(LIST, body);
        int newline = -1;
        List<String> lists = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Anchors.matchesAt(m, starts.get(i), body.length());
            // a list runs to the end of its paragraph, or to the next list on the same line
            if (newline < m.end()) {
                newline = body.indexOf('\n', m.end());
                if (newline < 0) newline = body.length();
            }
            int end = i + 1 < starts.size() ? Math.min(newline, starts.get(i + 1)) : newline;
            end = beforeVerb(body, m.end(), end);
            String list = body.substring(m.end(), end);
            lists.add(list.isBlank() ? linesBelow(body, end) : list);
        }
        SurnameFirst.Words given = SurnameFirst.of(lists);
        for (String list : lists) names.addAll(names(list, given));
        return new ArrayList<>(names);
    }

    /** How many lines of names a label alone on its line may head ("Present [at the meeting]:" / a line for each side). */
    private static final int LINES_BELOW = 4;

    /**
     * The names on the lines under a label that ends its line ("Present [at the meeting]:" / "Cdes. Khrushchev, …, and
     * Antonov." / "Cdes. Mao Zedong, …"), joined as one list: each line opens with the comrades' title, and the first
     * line that does not ends the list.
     */
    private static String linesBelow(String body, int lineEnd) {
        StringBuilder list = new StringBuilder();
        int from = lineEnd;
        for (int n = 0; n < LINES_BELOW && from < body.length(); n++) {
            while (from < body.length() && Character.isWhitespace(body.charAt(from))) from++;
            if (!body.startsWith("Cdes. ", from) && !body.startsWith("Cde. ", from)) break;
            int end = body.indexOf('\n', from);
            if (end < 0) end = body.length();
            String line = Chars.trimEnd(body.substring(from, end).strip(), ".");
            if (!list.isEmpty()) list.append(", ");
            list.append(line);
            from = end;
        }
        return list.toString();
    }

    /** The verbs that close a list of names set before them ("Comrades A, B, … participate in the meeting."). */
    private static final String[] TAKING_PART = {" participate in the meeting", " participated in the meeting",
            " take part in the meeting", " took part in the meeting"};
    /** How far before its verb such a list may open. */
    private static final int NAMES_BEFORE_VERB = 1500;

    /** The words a list of those present may open with, or stand just after its opening word; found in one pass. */
    private static final Literals LIST_OPENERS = Literals.of("Those", "THOSE", "Present", "PRESENT", "Participa", "PARTICIPA",
            "[Present", "From the", "On the", "Also taking", "Attended", "The following", "delegation represented",
            "Comrades in attendance", "In attendance", "Comrades present", "in the presence of comrades",
            "In the presence of comrades", "present:", "present :", "Invited to the meeting", " participants:", " participants :");

    /** Where each list starts in {@code body}: a turn stops there. */
    public static List<Integer> starts(String body) {
        List<Integer> starts = new ArrayList<>();
        Literals.Positions scan = LIST_OPENERS.in(body);
        List<Integer> namesBeforeVerb = namesBeforeVerb(body);
        if (scan.next(0) < 0 && namesBeforeVerb.isEmpty()) return starts; // no list's first words: no matcher set up
        Matcher m = Anchors.matcher(LIST, body);
        int lastEnd = -1;
        // the scan goes on from the literal found, never from the word before it a list may open with: going on from
        // there found the same literal again, for ever, where no list opened ("The delegation represented a danger")
        for (int at = scan.next(0); at >= 0; at = scan.next(at + 1)) {
            if (at < lastEnd) continue; // "Present" inside the "[Present:]" just taken
            int p = at;
            if (body.startsWith("delegation", p) && p >= 2) p = wordBefore(body, p); // "Albanian delegation represented by:"
            if (body.startsWith(" participants", p) && p >= 2) p = wordBefore(body, p + 1); // "Chinese participants:"
            if (Anchors.matchesAt(m, p, body.length())) {
                starts.add(p);
                lastEnd = m.end();
            }
        }
        if (namesBeforeVerb.isEmpty()) return starts;
        // a set: a "Comrades" before two verbs, or already a list's start, is one start
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(starts);
        for (int p : namesBeforeVerb) {
            if (!all.contains(p) && Anchors.matchesAt(m, p, body.length())) all.add(p);
        }
        return new ArrayList<>(all);
    }

    /**
     * Where a list of names closed by its verb opens ("Comrades Nicolae Ceausescu, … participate in the meeting."): the
     * last "Comrades " before each verb, within {@link #NAMES_BEFORE_VERB} chars and on its line. One bounded look back
     * for each verb.
     */
    private static List<Integer> namesBeforeVerb(String body) {
        List<Integer> out = new ArrayList<>();
        for (String verb : TAKING_PART) {
            for (int v = body.indexOf(verb); v >= 0; v = body.indexOf(verb, v + 1)) {
                int c = comradesOnLineBefore(body, v);
                if (c >= 0) out.add(c);
            }
        }
        return out;
    }

    /** The last "Comrades " before {@code v} on its line and within reach, by hand and bounded; -1 if none. */
    private static int comradesOnLineBefore(String body, int v) {
        int from = Math.max(0, v - NAMES_BEFORE_VERB);
        for (int i = v - 1; i >= from && body.charAt(i) != '\n'; i--) {
            if (body.charAt(i) == 'C' && body.startsWith("Comrades ", i)) return i;
        }
        return -1;
    }

    /** The end of a list closed by its verb: where the verb stands, if it does within the list's reach; else {@code end}. */
    static int beforeVerb(String body, int from, int end) {
        if (!body.startsWith(" ", from) || !body.startsWith("Comrades", from - 8)) return end;
        // the search within the list's reach only: an unbounded indexOf for each list would make many lists quadratic
        String reach = body.substring(from, Math.min(end, from + NAMES_BEFORE_VERB));
        int best = end;
        for (String verb : TAKING_PART) {
            int v = reach.indexOf(verb);
            if (v >= 0 && from + v < best) best = from + v;
        }
        return best;
    }

    /**
     * {@code ITEM_SEPARATOR.split(text)}, without the regex: that split ran over every list and the
     * rest of a run-together body after it, trying the pattern at each char.
     */
    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        int index = 0;
        for (int i = 0; i < text.length(); ) {
            int end = separatorEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            out.add(text.substring(index, i));
            index = end;
            i = end;
        }
        if (index == 0) return List.of(text);
        out.add(text.substring(index));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) size--; // as split drops trailing empty strings
        return out.subList(0, size);
    }

    /** The end of a separator starting at {@code i}, or -1: an optional space, the separator, an optional space. */
    private static int separatorEnd(String text, int i) {
        int end = -1;
        if (text.charAt(i) == ' ') {
            if (i + 1 < text.length() && isSignSeparator(text.charAt(i + 1))) end = i + 2;
            else if (text.startsWith(" and ", i + 1)) end = i + 6;
            else if (text.startsWith(" and ", i)) end = i + 5;
        } else if (isSignSeparator(text.charAt(i))) {
            end = i + 1;
        }
        if (end > 0 && end < text.length() && text.charAt(end) == ' ') end++;
        return end;
    }

    private static boolean isSignSeparator(char c) {
        return c == ',' || c == ';' || c == '&' || c == '+';
    }

    /** The start of the word before the one at {@code p} ("Albanian" before "delegation"). */
    private static int wordBefore(String body, int p) {
        int space = p - 1;
        if (body.charAt(space) != ' ') return p;
        int start = space;
        while (start > 0 && space - start < 31 && (Character.isLetter(body.charAt(start - 1)) || body.charAt(start - 1) == '-')) start--;
        return start == space ? p : start;
    }

    static List<String> names(String list) {
        return names(list, SurnameFirst.Words.NONE);
    }

    /** As above, {@code given} the first words of the record's names (see {@link SurnameFirst}). */
    static List<String> names(String list, SurnameFirst.Words given) {
        List<String> names = new ArrayList<>();
        // each pattern runs only where its first char stands: the list may run to the end of the body
        String text = (list.indexOf('[') >= 0 ? BRACKETS.matcher(list).replaceAll("") : list).strip();
        // "Present: Coms. B.N. Ponomarev, Deng Xiaoping" (WCDA's 1958 record of Khrushchev's talk with Mao Zedong): the
        // comrades' title abbreviated another way; its stop ends no sentence, and the title is no name
        if (text.startsWith("Coms. ")) text = "Cdes. " + text.substring("Coms. ".length());
        text = withoutOmission(untilItemHeading(titledItems(untilSentenceOpener(untilFieldLabel(text)))));
        int from = 0;
        // sentence by sentence, stopping at the first that is not all names: a run-together body
        // puts the whole rest of the contents after the list
        for (int i = 0; from <= text.length(); i++) {
            int[] end = sentenceEnd(text, from);
            int to = end == null ? text.length() : end[0];
            // "Belova (secretary)": the role is not part of the name
            String sentence = text.substring(from, to);
            sentence = (sentence.indexOf('(') >= 0 ? ROLE.matcher(sentence).replaceAll("") : sentence).strip();
            List<String> found = new ArrayList<>();
            boolean allNames = true;
            for (String item : items(sentence)) {
                item = withoutRedactions(withoutSide(item));
                if (item.isBlank()) continue;
                if (item.startsWith("The ")) continue; // "The Secretary", "The President": a post, no name
                if (item.contains("Cde") || item.contains("omrade")) {
                    Matcher titled = LAST_TITLE.matcher(item);
                    if (titled.lookingAt()) item = item.substring(titled.end());
                }
                String inverted = SurnameFirst.surname(item, given);
                String surname = inverted != null ? inverted : Names.surname(item);
                if (surname != null && GROUP_WORDS.contains(surname)) continue;
                if (surname != null && post(item)) continue; // "…, Deputy Director, …": the post after a name's comma
                if (surname == null) {
                    allNames = false;
                    if (i > 0) break;
                } else {
                    found.add(surname);
                }
            }
            // after the first sentence only whole sentences of names count ("Cdes. Munnich, Kadar, and Bata")
            if (i == 0 || allNames) names.addAll(found);
            if ((i > 0 && !allNames) || to == text.length()) break;
            from = end[1];
        }
        return names;
    }

    /**
     * Words of the posts a list sets after a name's comma, one or more of them and nothing else ("Mr. Ralph W. Richardson,
     * Deputy Director, INR/RAR Mr. …, First Secretary, Polish Embassy", a State Department memorandum of conversation in
     * CREST's OCR): split at the commas, "Deputy Director" read as a name whose surname was "Director".
     */
    private static final java.util.Set<String> POST_WORDS = java.util.Set.of("First", "Second", "Third", "Deputy", "Assistant",
            "Acting", "Executive", "Vice", "Under", "Chief", "Head", "Director", "Secretary", "Minister", "Counselor",
            "Counsellor", "Ambassador", "Consul", "Attaché", "Attache", "Officer", "Adviser", "Advisor", "Interpreter",
            "Chairman", "President", "Premier", "General", "Foreign", "Prime", "Special", "Political", "Military", "Press",
            "Commercial", "Cultural", "Economic", "Staff", "Member", "Desk");

    /** How many words follow the item's last word in lower case ("of", "for"): the office and the name after the post. */
    private static int wordsAfterLastLowercase(String item) {
        String[] words = item.split(" ");
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0))) last = i;
        }
        return words.length - last - 1;
    }

    /** Whether the item's first word is a title or a post's ("Secretary of State …", "Deputy Minister of …"). */
    private static boolean opensWithPost(String item) {
        int space = item.indexOf(' ');
        String first = space < 0 ? item : item.substring(0, space);
        return Honorifics.is(first) || POST_WORDS.contains(first);
    }

    /** Whether the word is one of a post's ({@link #POST_WORDS}): a surname that is one named an office, no person. */
    static boolean postWord(String word) {
        return POST_WORDS.contains(word);
    }

    /** Whether the item is a post and no name: at most four words, each a post's ({@link #POST_WORDS}). */
    static boolean post(String item) {
        String[] words = item.strip().split(" ");
        if (words.length > 4) return false;
        for (String w : words) {
            if (!POST_WORDS.contains(w)) return false;
        }
        return true;
    }

    /**
     * A list's text up to Malin's "Ciph. Teleg." (a ciphered telegram, the first item of the agenda): run together with
     * the list ("… Brezhnev, Zhukov Ciph. Teleg. No. from Budapest"), it made "Ciph" and "Teleg" names and hid Zhukov.
     */
    static String untilItemHeading(String text) {
        int at = text.indexOf("Ciph");
        while (at >= 0) {
            boolean word = (at == 0 || text.charAt(at - 1) == ' ') && (text.startsWith("Ciph. ", at) || text.startsWith("Ciph ", at)
                    || text.startsWith("Ciphered ", at));
            if (word) return text.substring(0, at).strip();
            at = text.indexOf("Ciph", at + 4);
        }
        return text;
    }

    /** Titles that open each name of a list OCR ran together from one name a line. */
    private static final String[] RUN_TITLES = {" Mr. ", " Mrs. ", " Dr. "};

    /**
     * "State: Mr. Wolf Mr. Futterman Mr. Froebe": CREST's OCR runs a memorandum's list of participants, one a line, into
     * one line; each "Mr." after a capitalised word opens an item of its own, as a comma would. Read by hand with a scan
     * of the titles: the list may run to the end of a run-together text.
     */
    static String titledItems(String text) {
        if (text.indexOf(" Mr") < 0 && text.indexOf(" Dr. ") < 0) return text;
        Anchors.Scan scan = new Anchors.Scan(text, RUN_TITLES);
        StringBuilder out = null;
        int last = 0;
        for (int at = scan.next(0); at >= 0; at = scan.next(at + 1)) {
            int w = at;
            while (w > 0 && w > at - 40 && Character.isLetter(text.charAt(w - 1))) w--;
            if (w == at || !Character.isUpperCase(text.charAt(w))) continue; // "and Mr. …", ", Mr. …": set apart already
            if (out == null) out = new StringBuilder(text.length() + 16);
            out.append(text, last, at).append(',');
            last = at;
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * The next field of a memorandum's heading run on to its list: "… Mr. Froebe TIME AND PLACE: 1500 hours, …" (CREST's
     * OCR). Only a memorandum's own labels: a side's heading in capitals ("From the CPSU CC:") is the list's.
     */
    private static final Pattern FIELD_LABEL = Pattern.compile(" (?:TIME AND PLACE|PLACE|DATE|TIME|SUBJECT|COPIES(?: TO)?|DISTRIBUTION"
            + "|REFERENCES?) ?:");

    /** The list's text up to the next field's label in capitals: what follows it is that field, no name. */
    static String untilFieldLabel(String text) {
        if (text.indexOf(':') < 0) return text;
        Matcher m = FIELD_LABEL.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /** Words that open a memorandum's first sentence, capitalised after a name's last letter where OCR ran the two together. */
    private static final String[] SENTENCE_OPENERS = {" At ", " During ", " After ", " Upon ", " When ", " While "};

    /**
     * The list's text up to the memorandum's first sentence run on to it: "Participants: Mr. Valentin Ivanov, First
     * Secretary Soviet Embassy Mr. Robert E. Matteson At Mr. Ivanov's invitation, I met him for lunch …, Wednesday, March
     * 19, 1958." (a memorandum of conversation in CREST's OCR, its lines joined) made "At" and "Wednesday" names. Cut where
     * such a word follows a small letter, the end of the list's last name; found by a scan of the literals.
     */
    static String untilSentenceOpener(String text) {
        Anchors.Scan scan = new Anchors.Scan(text, SENTENCE_OPENERS);
        for (int at = scan.next(0); at >= 0; at = scan.next(at + 1)) {
            if (at > 0 && Character.isLowerCase(text.charAt(at - 1))) return text.substring(0, at);
        }
        return text;
    }

    /** "State: Mr. Wolf": the side a memorandum's list sets its first name under, one word and a colon, left out. */
    static String withoutSide(String item) {
        String t = item.strip();
        int colon = t.indexOf(": ");
        if (colon < 2 || colon > 20 || !Character.isUpperCase(t.charAt(0))) return item;
        for (int i = 1; i < colon; i++) {
            if (!Character.isLetter(t.charAt(i))) return item;
        }
        return t.substring(colon + 2);
    }

    /** "Mr. Froebe 25X1A 25X1A": CREST's codes of what was withheld ("25X1", "25X1A") after a name, left out. */
    static String withoutRedactions(String item) {
        String t = item.strip();
        int end = t.length();
        while (end > 0) {
            int space = t.lastIndexOf(' ', end - 1);
            if (space < 0 || !redaction(t, space + 1, end)) break;
            end = space;
        }
        return end == t.length() ? item : t.substring(0, end);
    }

    /** "25X1", "25X1A": two digits, an X, a digit, perhaps a capital. */
    private static boolean redaction(String t, int from, int to) {
        int n = to - from;
        if (n < 4 || n > 5) return false;
        return Character.isDigit(t.charAt(from)) && Character.isDigit(t.charAt(from + 1)) && t.charAt(from + 2) == 'X'
                && Character.isDigit(t.charAt(from + 3)) && (n == 4 || Character.isUpperCase(t.charAt(from + 4)));
    }

    /**
     * A list without the editors' mark of an omission at its end ("… K. V. Rusakov. . . . ."): the dots made the last
     * item no name. Trimmed by hand from the end, only where three dots or more stand.
     */
    static String withoutOmission(String text) {
        int end = text.length();
        int dots = 0;
        while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '…')) {
            if (text.charAt(end - 1) != ' ') dots += text.charAt(end - 1) == '…' ? 3 : 1;
            end--;
        }
        return dots >= 3 ? text.substring(0, end) : text;
    }

    /**
     * The next full stop before a capital, as {start, end} of ". " or ".", or null. A stop that closes
     * an initial ("J. Kadar") or a title ("Cde. Kadar") ends no sentence.
     */
    static int[] sentenceEnd(String text, int from) {
        for (int dot = text.indexOf('.', from); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            int next = dot + 1 < text.length() && text.charAt(dot + 1) == ' ' ? dot + 2 : dot + 1;
            if (next >= text.length() || !Character.isUpperCase(text.charAt(next))) continue;
            if (closesInitial(text, dot) || closesTitle(text, dot)) continue;
            return new int[] {dot, next};
        }
        return null;
    }

    /** "J." and "Gh." (Gheorghe), "Yu." (Yuri): an initial of one or two letters closes no sentence. */
    private static boolean closesInitial(String text, int dot) {
        if (dot == 0) return false;
        int k = dot - 1;
        if (Character.isLowerCase(text.charAt(k)) && k > 0 && Character.isUpperCase(text.charAt(k - 1))) k--;
        if (!Character.isUpperCase(text.charAt(k))) return false;
        return k == 0 || text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '.';
    }

    /**
     * FRUS's list: a "PARTICIPANTS" heading and then one name a line (its dashes already gone), with
     * group headings ("United States", "USSR") and titles ("Vice President", "Mr.") among them.
     */
    public static List<String> underHeading(String body, List<org.fonds.parse.contents.Layout.Paragraph> paragraphs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            var p = paragraphs.get(i);
            if (!isListHeading(body, p.start(), p.end())) continue;
            items:
            for (int k = i + 1; k < paragraphs.size(); k++) {
                String paragraph = body.substring(paragraphs.get(k).start(), paragraphs.get(k).end()).strip();
                if (paragraph.startsWith("[Page ")) continue; // a page break inside the list
                for (String line : bulleted(paragraph)) {
                    // a long item is the text after the list, unless a post after the name makes it long
                    if (beforeRole(line).length() > 60 || line.endsWith(":")) break items;
                    if (line.equals(line.toUpperCase(java.util.Locale.ROOT))) continue; // "USSR", "U.S."
                    if (line.startsWith("The ")) continue; // "The Secretary", "The Acting Secretary": a post, no name
                    String surname = Names.surname(beforeRole(line));
                    if (surname == null || GROUP_WORDS.contains(surname)) continue;
                    out.add(surname);
                }
            }
        }
        return out;
    }

    /**
     * FRUS's memoranda of conversation as history.state.gov sets them where the page dropped the "SUBJECT" and
     * "PARTICIPANTS" headings: the subject a bullet alone, then the participants as bullets, before the text's first
     * paragraph ("• The President • The Ambassador of the USSR, Mikhail A. Menshikov • Mr. Foy Kohler"). Only the text's
     * opening paragraphs are read, only while each is bullets, and the list is the first paragraph of two bullets or more.
     */
    public static List<String> headlessBullets(String body, List<org.fonds.parse.contents.Layout.Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size() && i < 3; i++) {
            var p = paragraphs.get(i);
            String paragraph = body.substring(p.start(), p.end()).strip();
            if (!paragraph.startsWith("•")) return List.of();
            List<String> items = bulleted(paragraph);
            if (items.size() < 2) {
                // "• Stewart L. Udall, Ambassador Anatoli Dobrynin, Mrs. Dobrynin, Curtis Kamman" (FRUS 1961-63 V, 237, on
                // history.state.gov): the participants in one bullet, a comma between them; a lone bullet is else the subject
                List<String> named = i > 0 && items.size() == 1 ? commaNames(items.get(0)) : List.of();
                if (!named.isEmpty()) return named;
                continue;
            }
            return bulletNames(withNextBullets(body, paragraphs, i, items));
        }
        return oneBulletEach(body, paragraphs);
    }

    /**
     * The surnames of a bullet that is names only, a comma between them ("Stewart L. Udall, Ambassador Anatoli Dobrynin,
     * Mrs. Dobrynin, Curtis Kamman"), or none: two names at least, and no part a post ("Leonid I. Brezhnev, General
     * Secretary") nor words that are no name ("Discussion of Udall visit"), so that a subject never reads as a list.
     */
    static List<String> commaNames(String item) {
        if (item.length() > 200 || item.indexOf(", ") < 0) return List.of();
        List<String> out = new ArrayList<>();
        int parts = 0;
        for (String part : item.split(", ")) {
            String who = part.strip();
            if (who.startsWith("and ")) who = who.substring(4);
            String surname = Names.surname(who);
            if (surname == null || post(who) || GROUP_WORDS.contains(surname) || POST_WORDS.contains(surname)) return List.of();
            parts++;
            if (!out.contains(surname)) out.add(surname);
        }
        return parts >= 2 ? out : List.of();
    }

    /**
     * The list's items, with those of the bulleted paragraphs right after it: FRUS 1981-88 groups the participants by
     * side ("• U.S. • Secretary Shultz • … • U.S.S.R." / "• Foreign Minister Shevardnadze • …"), a paragraph a side.
     */
    private static List<String> withNextBullets(String body, List<org.fonds.parse.contents.Layout.Paragraph> paragraphs, int first,
            List<String> items) {
        List<String> out = new ArrayList<>(items);
        for (int k = first + 1; k < paragraphs.size() && k < first + 6; k++) {
            var p = paragraphs.get(k);
            String paragraph = body.substring(p.start(), p.end()).strip();
            if (!paragraph.startsWith("•")) break;
            List<String> more = bulleted(paragraph);
            if (more.stream().anyMatch(b -> b.length() > 120)) break;
            out.addAll(more);
        }
        return out;
    }

    /**
     * A text whose lines are its paragraphs sets each bullet apart ("• Talks at the Dacha", "• United States", "• Vice
     * President Nixon", …): the subject, then the participants, while the paragraphs are single short bullets.
     */
    private static List<String> oneBulletEach(String body, List<org.fonds.parse.contents.Layout.Paragraph> paragraphs) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < paragraphs.size() && i < 60; i++) {
            var p = paragraphs.get(i);
            String paragraph = body.substring(p.start(), p.end()).strip();
            if (!paragraph.startsWith("•") || paragraph.length() > 120) break;
            List<String> bullets = bulleted(paragraph);
            if (bullets.size() != 1) break;
            items.add(bullets.get(0));
        }
        if (items.size() < 3) return List.of();
        // the first is the subject, unless it reads as a name and its post ("Leonid I. Brezhnev, General Secretary …")
        boolean named = items.get(0).contains(", ") && bulletName(items.get(0)) != null;
        return bulletNames(items.subList(named ? 0 : 1, items.size()));
    }

    /** How far into the text a list of names one a line is looked for: under the subject, before the text. */
    private static final int PLAIN_LIST_REACH = 6;

    /**
     * Those present one a line with no bullet and no heading (the older FRUS sites' mirrors: "Ambassador Menshikov" /
     * "Mr. M.N. Smirnovsky, Minister Counselor, Soviet Embassy" / …), each line kept a paragraph of its own
     * ({@link org.fonds.parse.contents.NameLines}): the first run of two such paragraphs or more among the text's first.
     */
    public static List<String> plainLines(String body, List<org.fonds.parse.contents.Layout.Paragraph> paragraphs) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < paragraphs.size() && i < PLAIN_LIST_REACH + items.size(); i++) {
            var p = paragraphs.get(i);
            if (org.fonds.parse.contents.NameLines.reads(body, p.start(), p.end())) {
                items.add(body.substring(p.start(), p.end()).strip());
            } else if (items.size() >= 2) {
                break;
            } else {
                items.clear();
            }
        }
        return items.size() >= 2 ? bulletNames(items) : List.of();
    }

    private static List<String> bulletNames(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String surname = bulletName(item);
            if (surname != null && !out.contains(surname)) out.add(surname);
        }
        return out;
    }

    /** The courtesy title FRUS's lists set before a foreign minister's deputies, no post. */
    private static final String HONORABLE = "The Honorable ";

    /**
     * The name in a participant's bullet: before the post that follows it ("Mikhail A. Menshikov, Soviet Ambassador"),
     * or after the post that opens it ("The Chief of Protocol, Wiley T. Buchanan, Jr."); a post alone ("The President") none.
     */
    private static String bulletName(String item) {
        if (item.length() > 120) return null;
        // "• Soviets:" / "• U.S.:" (FRUS 1969-76 XV, 174): a side's heading over its bullets, no person
        if (item.endsWith(":")) return null;
        // "• The Honorable Georgiy Markovich Korniyenko, Chief, USA Division, …" (the same list): the courtesy title
        // opens a name, not a post as "The President" does
        if (item.startsWith(HONORABLE)) item = item.substring(HONORABLE.length());
        String who = beforeRole(item);
        if (item.startsWith("The ")) {
            int comma = item.indexOf(", ");
            if (comma < 0) return null;
            who = beforeRole(item.substring(comma + 2));
        }
        if (who.equals(who.toUpperCase(java.util.Locale.ROOT))) return null;
        String surname = Names.surname(who);
        // "• Secretary of State George P. Shultz" (FRUS 1981-88 VI, 181): a post whose "of" made it no name; the name
        // closes it
        if (surname == null && who.indexOf(" of ") > 0 && opensWithPost(who) && wordsAfterLastLowercase(who) >= 3) {
            surname = trailingName(who); // three words at least after the post's last "of"/"for": "Foreign Affairs" names no one
        }
        // "• Bulgarian Interpreter" (FRUS 1969-76 XXIX, 73): a post with no name
        return surname == null || GROUP_WORDS.contains(surname) || POST_WORDS.contains(surname) ? null : surname;
    }

    /**
     * The items of a list paragraph: the page's bullets ("• U.S. • The Secretary • Mr. Akalovsky", history.state.gov's
     * nested lists saved as text) split it, and a paragraph without them is one item.
     */
    private static List<String> bulleted(String paragraph) {
        if (paragraph.indexOf('•') < 0) return List.of(paragraph);
        List<String> out = new ArrayList<>();
        for (String item : paragraph.split("•")) {
            if (!item.isBlank()) out.add(item.strip());
        }
        return out;
    }

    /**
     * "Mr. M. N. Smirnovsky, First Secretary, Soviet Embassy": the name before the post that follows it; "Mr. Troyanovsky
     * (interpreting)", "Mr. Sukhodrev (Interpreter)": a role in brackets is no part of the name either.
     */
    private static String beforeRole(String item) {
        int comma = item.indexOf(", ");
        String who = comma > 0 ? item.substring(0, comma) : item;
        return who.indexOf('(') > 0 ? ROLE.matcher(who).replaceAll("").strip() : who;
    }

    /**
     * Whether {@code body[start, end)}, white space, a bullet and a colon stripped, is "PARTICIPANTS", "Participants" or "PRESENT":
     * told from its ends, without copying each paragraph of the text.
     */
    private static boolean isListHeading(String body, int start, int end) {
        // "• Participants:", as a page's bulleted heading reads
        while (start < end && (Character.isWhitespace(body.charAt(start)) || body.charAt(start) == '•')) start++;
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ':')) end--;
        int n = end - start;
        return n == 12 && (body.startsWith("PARTICIPANTS", start) || body.startsWith("Participants", start))
                || n == 7 && body.startsWith("PRESENT", start);
    }

    /** Those the title names first, then the lists' names that are not the same person ("Kadar" is "J. Kadar"). */
    public static List<String> withTitle(List<String> fromTitle, List<String> fromLists) {
        // each name once: two lists of one text (two sittings, or a list the title repeats) may name the same people
        if (fromTitle.isEmpty()) return new ArrayList<>(new LinkedHashSet<>(fromLists));
        LinkedHashSet<String> out = new LinkedHashSet<>(fromTitle);
        for (String n : fromLists) {
            if (fromTitle.stream().noneMatch(t -> t.endsWith(" " + n) || t.equals(n))) out.add(n);
        }
        return new ArrayList<>(out);
    }

    /** "… on 3 November 1956, with Participation by J. Kadar, F. Munnich, and I. Horvath": those named in the title. */
    public static List<String> inTitle(String title) {
        int at = title.toLowerCase(java.util.Locale.ROOT).indexOf("with participation by");
        if (at < 0) at = title.toLowerCase(java.util.Locale.ROOT).indexOf("with the participation of");
        if (at < 0) return List.of();
        String list = title.substring(title.indexOf(' ', title.indexOf("articipation") + 13) + 1);
        List<String> out = new ArrayList<>();
        for (String item : ITEM_SEPARATOR.split(list)) {
            String it = item.strip();
            if (!it.isEmpty() && Names.surname(it) != null) out.add(it.replaceFirst("^and ", ""));
        }
        return out;
    }

    /** "Record of Conversation between", "Memorandum of Conversation Between", "Talks between": a record of the parties' meeting. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:conversations?|talks|meeting|discussions?) between ");

    /**
     * The parties a record of conversation names in its title, where no list names those present ("Memorandum of
     * Conversation Between Egon Krenz, Secretary General of the SED and Mikhail S. Gorbachev", "Record of Conversation
     * between Mikhail Gorbachev and Egon Krenz"): each party's surname, its post after a comma left out, and a post
     * before it ("White House envoy John McCloy") passed over. A party that is a body ("the Central Committee of …")
     * is no name.
     */
    public static List<String> between(String title) {
        if (title.indexOf("etween ") < 0) return List.of();
        Matcher m = BETWEEN.matcher(title);
        if (!m.find()) return List.of();
        List<String> out = new ArrayList<>();
        for (String party : parties(title.substring(m.end()))) {
            String who = party.strip();
            // "… Helmut Kohl. Moscow-Bonn.": the places after the parties' sentence name no one
            int[] stop = sentenceEnd(who, 0);
            if (stop != null) who = who.substring(0, stop[0]);
            who = nameInBrackets(who);
            // "… Federal Chancellor Helmut Kohl in Bonn", "… on 13 June 1989": the meeting's place or day, no name
            for (String after : List.of(" in ", " at ", " on ")) {
                int at = who.indexOf(after);
                if (at > 0) who = who.substring(0, at);
            }
            int comma = who.indexOf(", ");
            if (comma > 0) {
                // "Mikhail Gorbachev, François Mitterrand and …": a name after the comma is a party of its own, not a post
                String next = who.substring(comma + 2);
                String first = trailingName(who.substring(0, comma));
                if (first != null && fullName(next) && !GROUP_WORDS.contains(first) && !out.contains(first)) out.add(first);
                who = fullName(next) ? next : who.substring(0, comma);
            }
            // "the Department of State", "the Legation in Hungary": a body named by its first word, not its last
            if (namesBody(who)) continue;
            String surname = trailingName(who);
            if (surname != null && !GROUP_WORDS.contains(surname) && !out.contains(surname)) out.add(surname);
        }
        return out;
    }

    /**
     * The parties after "between", joined by " and ", or by a dash between two names as the Bulgarian archives' records
     * are titled ("Minutes of Conversation between Todor Zhivkov – Leonid I. Brezhnev, Voden Residence [Bulgaria]", WCDA's
     * Zhivkov collection): read as one party, the first name was lost. A dash before words that are no name ("– Excerpt")
     * ends the parties.
     */
    private static List<String> parties(String afterBetween) {
        List<String> out = new ArrayList<>();
        for (String party : afterBetween.split(" and ", 4)) {
            int dash = party.indexOf(" – ");
            if (dash < 0) dash = party.indexOf(" — ");
            if (dash > 0 && namesOnly(party.substring(dash + 3))) {
                out.add(party.substring(0, dash));
                out.add(party.substring(dash + 3));
            } else if (dash > 0) {
                out.add(party.substring(0, dash)); // "… and Ivan Sokolov – Excerpt": what the dash sets after is no party
            } else {
                out.add(party);
            }
        }
        return out;
    }

    /**
     * Whether the words after a dash, up to a comma, are a name of two to four words, each capitalised or an initial
     * ("Leonid I. Brezhnev"): not a place or a note after the parties ("– Excerpt", "– Moscow").
     */
    private static boolean namesOnly(String words) {
        int comma = words.indexOf(", ");
        String[] w = (comma >= 0 ? words.substring(0, comma) : words).strip().split(" ");
        if (w.length < 2 || w.length > 4) return false;
        for (String word : w) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
        }
        return true;
    }

    /**
     * The name FRUS sets in brackets after a party's post ("Memorandum of Conversation Between Secretary of State Rusk and
     * the Soviet Ambassador (Dobrynin)", FRUS 1964-68 XIV, 244): the bracket's one to three capitalised words; else the
     * party as it stands. Read before the party is cut at " in " ("the Ambassador in the Soviet Union (Harriman)").
     */
    static String nameInBrackets(String who) {
        if (!who.endsWith(")")) return who;
        int open = who.lastIndexOf('(');
        if (open < 1) return who;
        String inner = who.substring(open + 1, who.length() - 1).strip();
        String[] words = inner.split(" ");
        // "… and Vice Premier Deng (First Meeting)" (WCDA's Japanese records of a visit's meetings): the bracket numbers
        // the meeting, it names no one; its last word was taken for the party's surname and the party lost
        if (RECORD_PARTS.contains(words[words.length - 1])) return who.substring(0, open).strip();
        if (words.length > 3) return who;
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(w.length() - 1))) return who;
        }
        return inner;
    }

    /** The words a title's aside numbers or cuts the record by ("(First Meeting)", "(Excerpt)", "(Fragments)"). */
    private static final java.util.Set<String> RECORD_PARTS = java.util.Set.of("Meeting", "Meetings", "Session", "Sessions",
            "Conversation", "Conversations", "Talks", "Excerpt", "Excerpts", "Extract", "Extracts", "Fragment", "Fragments",
            "Part", "Summary", "Draft");

    /** Whether a party opens with "the" and a body's word ("the Department of State"): a body, whose last word is no surname. */
    private static boolean namesBody(String who) {
        if (!who.startsWith("the ")) return false;
        int space = who.indexOf(' ', 4);
        return GROUP_WORDS.contains(space < 0 ? who.substring(4) : who.substring(4, space));
    }

    /** "From the Journal of …", "From the Diary of …": an envoy's journal, its entry a record of his conversation. */
    private static final Pattern JOURNAL = Pattern.compile("(?i)from the (?:journal|diary) of ");

    /**
     * The diarist and the one he spoke with, as the archive titles the entries of its envoys' journals ("From the Journal
     * of Ambassador Pavel Yudin: Record of Conversation with Mao Zedong on 8 January 1955", "From the Diary of N.V.
     * Roshchin, Memorandum of Conversation with Chairman Mao Zedong on 20 October 1949"): the author before the colon or
     * comma, the party after "Conversation with", its day or place left out.
     */
    /**
     * The diarist of a journal's entry the archive titles "From the Journal of Ambassador Pavel Yudin: …" or "From the
     * Diary of N.V. Roshchin, …": his name (the surname, as a name is read everywhere), or null. The journal is his, and
     * he the entry's author: RECORD.md gives "Roshchin" as a sender.
     */
    public static String diarist(String title) {
        int[] span = diaristSpan(title);
        if (span == null) return null;
        String who = trailingName(title.substring(span[0], span[1]).strip());
        return who == null || GROUP_WORDS.contains(who) ? null : who;
    }

    /** Where the diarist's words stand in a journal entry's title: after "From the Journal of", up to its colon or comma; null if no such title. */
    private static int[] diaristSpan(String title) {
        if (!title.regionMatches(true, 0, "From the ", 0, 9)) return null;
        Matcher j = JOURNAL.matcher(title);
        if (!j.lookingAt()) return null;
        int end = j.end();
        while (end < title.length() && title.charAt(end) != ':' && title.charAt(end) != ',') end++;
        return new int[] {j.end(), end};
    }

    public static List<String> journalParties(String title) {
        int[] span = diaristSpan(title);
        if (span == null) return List.of();
        int end = span[1];
        int with = title.indexOf("onversation with ", end);
        if (end >= title.length() || with < 0) return List.of();
        List<String> out = new ArrayList<>();
        for (String party : List.of(title.substring(span[0], end), title.substring(with + 17))) {
            String who = party.strip();
            for (String after : List.of(" in ", " at ", " on ", ", ", " (")) {
                int at = who.indexOf(after);
                if (at > 0) who = who.substring(0, at);
            }
            String surname = trailingName(who);
            if (surname != null && !GROUP_WORDS.contains(surname) && !out.contains(surname)) out.add(surname);
        }
        return out.size() == 2 ? out : List.of();
    }

    /**
     * Whether the words after a party's comma are a person's name, given name and surname ("François Mitterrand"), not
     * his post ("Secretary General of the SED", "Federal Chancellor"): two or three capitalised words, no title among them.
     */
    private static boolean fullName(String words) {
        String[] w = words.strip().split(" ");
        if (w.length < 2 || w.length > 3) return false;
        for (String word : w) {
            if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !Character.isLowerCase(word.charAt(word.length() - 1))
                    || org.fonds.record.names.Honorifics.is(word) || GROUP_WORDS.contains(word) || NOT_GIVEN_NAMES.contains(word)) {
                return false;
            }
        }
        return Names.surname(words.strip()) != null;
    }

    /** Capitalised words of posts that may stand two in a row after a comma ("Federal Chancellor", "First Secretary"). */
    private static final java.util.Set<String> NOT_GIVEN_NAMES = java.util.Set.of("Federal", "First", "General", "Foreign",
            "Prime", "Deputy", "Vice", "State", "Head", "Chief", "Chancellor", "Leader", "Director", "Envoy", "Special",
            "Supreme", "Soviet", "American", "Chinese", "Polish", "Hungarian", "German", "French", "British");

    /** The surname of the longest run of words ending the party that reads as a name, of four words at most. */
    private static String trailingName(String party) {
        String[] words = party.split(" ");
        for (int from = Math.max(0, words.length - 4); from < words.length; from++) {
            String surname = Names.surname(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
            if (surname != null) return surname;
        }
        return null;
    }

    private static boolean closesTitle(String text, int dot) {
        return Honorifics.abbreviationEndsAt(text, dot);
    }
}
