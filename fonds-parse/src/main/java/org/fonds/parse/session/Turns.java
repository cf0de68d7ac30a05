package org.fonds.parse.session;

import org.fonds.record.names.Honorifics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.contents.Layout;
import org.fonds.parse.text.Anchors;
import org.fonds.record.NoteMarker;
import org.fonds.record.Turn;

/**
 * Finds speakers' turns (spec/RECORD.md, "Turns"). A turn opens where a sentence or paragraph
 * starts with "Cde. NAME" or "Cdes. NAME, NAME" (or several "Cde." names joined by commas) and a
 * dash or colon, or with a bare "NAME:" at a paragraph start. Reported speech ("Cde. Zhukov
 * provides information"), tasks ("Cde. Konev is to be sent") and lists ("Nagy-the prime minister")
 * open none. A turn runs to the next attribution, heading or the end of the contents.
 */
public final class Turns {
    /** A surname, perhaps hyphenated ("Bonch-Bruevich"), after up to three initials; two words at most. */
    private static final String WORD = "\\p{Lu}[\\p{L}'’]{1,30}+(?:-\\p{Lu}[\\p{L}'’]{1,30}+)?";
    // three words at most: "Cde. Paul Niculescu Mizil:" (a Romanian protocol's PDF, the hyphen of Niculescu-Mizil lost)
    private static final String NAME = "(?:\\p{Lu}\\. ?){0,3}" + WORD + "(?: " + WORD + "){0,2}";
    private static final String CDE = "Cdes?\\. ?";
    /** "Cde. Zhukov—", "Cdes. Suslov, Brezhnev:", "Cde. Kaganovich, Cde. Molotov, Cde. Zhukov:" */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            CDE + "(" + NAME + "(?: ?, ?(?:and )?(?:" + CDE + ")?" + NAME + "| and (?:" + CDE + ")?" + NAME + "){0,12})"
                    + " ?[—–:-]");
    /** "Munnich: A gloomy situation." at the start of a paragraph. */
    private static final Pattern BARE = Pattern.compile("(\\p{Lu}[\\p{L}'’]{1,30}+): ");
    /** Inline agenda items a turn stops at ("… perished. V. On Purging …"), found from their ". On ". */
    private static final String[] AGENDA_WORDS = {". On ", ". About ", ". Concerning ", ". Regarding "};
    /** A paragraph that is a heading: an agenda item, or a parenthesised list of names. */
    private static final Pattern HEADING_PARAGRAPH = Pattern.compile(
            "(?:(?:[IVX]{1,4}|\\d{1,2})\\. )?(?:On|About|Concerning|Regarding|Consideration|Information|Exchange|Discussion) "
                    + "|\\([^()]{1,200}\\)$");

    private Turns() {
    }

    public static List<Turn> find(String body, List<Layout.Paragraph> paragraphs, List<NoteMarker> markers,
                                  List<Integer> participantLists) {
        return find(body, paragraphs, markers, participantLists, List.of());
    }

    /** As above; {@code present} are the names the record lists as taking part ("Mikoyan. He proposes" opens a turn). */
    public static List<Turn> find(String body, List<Layout.Paragraph> paragraphs, List<NoteMarker> markers,
                                  List<Integer> participantLists, List<String> present) {
        // the names a list gives, and the surnames that open paragraphs with a stop again and again ("Kohl. …")
        Set<String> known = new LinkedHashSet<>(present);
        known.addAll(RecurringLabels.in(body, paragraphs));
        List<int[]> opens = attributions(body, paragraphs, known); // {start, textStart, nameStart, nameEnd}
        TreeSet<Integer> stops = stops(body, paragraphs, participantLists);
        List<Turn> turns = new ArrayList<>(opens.size());
        for (int i = 0; i < opens.size(); i++) {
            int[] open = opens.get(i);
            int end = i + 1 < opens.size() ? opens.get(i + 1)[0] : body.length();
            Integer stop = stops.higher(open[1]);
            if (stop != null && stop < end) end = stop;
            String text = body.substring(Math.min(open[1], end), end).strip();
            List<String> speakers = open[2] >= 0 ? List.of(body.substring(open[2], open[3]).strip())
                    : speakers(body.substring(open[0], open[1]));
            if (speakers.isEmpty()) continue;
            turns.add(new Turn(speakers, text, noteRefs(markers, open[0], end)));
        }
        return turns;
    }

    /** How far below the first line a second speaker's label must stand for the text to open with its turns. */
    private static final int SECOND_TURN_WITHIN = 5;

    /**
     * Whether a text opens with its speakers' turns, no heading above them: its first line opens with a
     * speaker's label ("Zhou Enlai: Comrade … is right …") and another of the next few lines does too. A
     * fragment of a record of conversation, as a site excerpts one, starts so; read as a page's header, its
     * first turn became the summary, its second was dropped and its third the title (people29's probe).
     */
    public static boolean openText(List<String> firstLines) {
        if (firstLines.isEmpty() || !Labels.namedAt(firstLines.get(0))) return false;
        for (int i = 1; i < firstLines.size() && i <= SECOND_TURN_WITHIN; i++) {
            if (Labels.namedAt(firstLines.get(i))) return true;
        }
        return false;
    }

    /** Where the first "Cde. NAME:" or "Cde. NAME—" of {@code text} starts, wherever it stands; -1 when none does. */
    public static int firstAttribution(String text) {
        int p = text.indexOf("Cde");
        if (p < 0) return -1;
        Matcher m = ATTRIBUTION.matcher(text);
        return m.find(p) ? m.start() : -1;
    }

    /** The distinct speakers of {@code turns} in order of first appearance. */
    public static List<String> speakers(List<Turn> turns) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Turn t : turns) out.addAll(t.speakers());
        return new ArrayList<>(out);
    }

    private static boolean namedWithPost(String body, Layout.Paragraph p) {
        return org.fonds.parse.contents.NameLines.withPost(body, p.start(), p.end());
    }

    private static List<int[]> attributions(String body, List<Layout.Paragraph> paragraphs, Set<String> present) {
        List<int[]> opens = new ArrayList<>();
        Matcher m = Anchors.matcher(ATTRIBUTION, body);
        for (int p = body.indexOf("Cde"); p >= 0; p = body.indexOf("Cde", p + 1)) {
            if (Anchors.matchesAt(m, p, body.length()) && (startsSentence(body, p) || headingRunOn(body, m.end()))) {
                opens.add(new int[] {p, m.end(), -1, -1});
                p = m.end() - 1;
            }
        }
        Matcher bare = Anchors.matcher(BARE, body);
        Matcher initials = Anchors.matcher(INITIALLED, body);
        int[] lineLabelBefore = null; // a label that was its whole paragraph, just before: a list, if another follows
        for (Layout.Paragraph p : paragraphs) {
            // a name and the post after it, alone in its paragraph ("Mr. M.N. Smirnovsky, Minister Counselor, Soviet
            // Embassy"): an entry of the list of those present, no speaker's label
            if (p.heading() || body.startsWith("Cde", p.start()) || namedWithPost(body, p)) {
                lineLabelBefore = null;
                continue;
            }
            if (Anchors.matchesAt(bare, p.start(), p.end()) && Labels.mayName(bare.group(1))) {
                opens.add(new int[] {p.start(), bare.end(), -1, -1});
                lineLabelBefore = null;
                continue;
            }
            int[] label = Labels.at(body, p.start(), p.end(), present);
            boolean wholeLine = label != null && label[1] >= p.end();
            // "Comrade Barity" / "Comrade Bényei" one under the other: a distribution list, no speakers with no words
            if (wholeLine && lineLabelBefore != null) {
                opens.remove(lineLabelBefore);
                lineLabelBefore = label;
                continue;
            }
            if (label != null) opens.add(label);
            lineLabelBefore = wholeLine ? label : null;
            insideParagraph(body, p, bare, initials, opens, present);
        }
        opens.sort((a, b) -> Integer.compare(a[0], b[0]));
        return opens;
    }

    /** Labels after a sentence's end inside a paragraph: a text run together on one line keeps its turns. */
    private static void insideParagraph(String body, Layout.Paragraph p, Matcher bare, Matcher initials, List<int[]> opens,
                                        Set<String> present) {
        for (int i = p.start() + 1; i + 2 < p.end(); i++) {
            i = body.indexOf(' ', i, p.end() - 2); // only a space comes before a label: the next one, within the paragraph
            if (i < 0) break;
            if (!Character.isUpperCase(body.charAt(i + 1)) && body.charAt(i + 1) != '[') continue;
            char before = body.charAt(i - 1);
            boolean sentenceEnd = ".!?\"”]".indexOf(before) >= 0 && !isInitialBefore(body, i - 1) && !afterTitle(body, i - 1);
            if (!sentenceEnd && before != ':') continue;
            if (before == ']' && !bracketEndsSentence(body, i - 1, p.start())) continue;
            int at = i + 1;
            int[] label = sentenceEnd ? Labels.inside(body, at, p.end()) : null;
            // "Molotov: agreed.": a name the record lists as present may be followed by a lowercase word
            if (label == null && sentenceEnd && Anchors.matchesAt(bare, at, p.end()) && Labels.mayName(bare.group(1))
                    && bare.end() < p.end() && (startsQuoteOrCapital(body, bare.end()) || present.contains(bare.group(1)))) {
                label = new int[] {at, bare.end(), -1, -1};
            }
            if (label == null) label = initialled(initials, body, at, p.end(), present);
            if (label != null) {
                opens.add(label);
                i = label[1];
            }
        }
    }

    /**
     * "… took place between them: S. Kania: good morning, Comrade Leonid Ilyich. L. Brezhnev: good morning, Stanisław.":
     * a transcript run together on one line (a CEU reader's excerpt on Project MUSE) labels each turn with initials and a
     * surname, after a sentence or after the colon that introduces the exchange. Only a surname the record lists as
     * present (here the title's parties) is a label: "… as follows: A. Smith: …" of someone unlisted stays text.
     */
    private static int[] initialled(Matcher m, String body, int at, int end, Set<String> present) {
        if (present.isEmpty() || at + 4 >= end || body.charAt(at + 1) != '.') return null;
        if (!Anchors.matchesAt(m, at, Math.min(end, at + 60)) || !present.contains(m.group(1))) return null;
        return new int[] {at, m.end(), at, m.end(1)};
    }

    /** "S. Kania: ", "L. I. Brezhnev: ": initials and a surname with its colon. */
    private static final Pattern INITIALLED = Pattern.compile("\\p{Lu}\\.(?: ?\\p{Lu}\\.){0,2} (\\p{Lu}[\\p{L}'’-]{1,30}+): ");

    /**
     * "… situation in the country Cde. S. Kania: The situation …": in a text run together on one line a
     * heading loses its line break, but a "Cde. NAME:" with a colon and a sentence after it still opens a turn.
     */
    private static boolean headingRunOn(String body, int end) {
        return body.charAt(end - 1) == ':' && end + 1 < body.length() && body.charAt(end) == ' '
                && Character.isUpperCase(body.charAt(end + 1));
    }

    /** "Cde. Lind:": the full stop of a title ends no sentence (the attribution is read whole elsewhere). */
    private static boolean afterTitle(String body, int dot) {
        return Honorifics.abbreviationEndsAt(body, dot) || capitalTitleEndsAt(body, dot);
    }

    /** Titles set in capitals with a salutation ("DEAR MR. PRESIDENT:"): their full stop ends no sentence either. */
    private static final List<String> CAPITAL_TITLES = List.of("MR", "MRS", "MS", "DR");

    private static boolean capitalTitleEndsAt(String body, int dot) {
        if (body.charAt(dot) != '.' || dot < 2 || !Character.isUpperCase(body.charAt(dot - 1))) return false;
        for (String t : CAPITAL_TITLES) {
            int start = dot - t.length();
            if (start >= 0 && body.startsWith(t, start) && (start == 0 || !Character.isLetter(body.charAt(start - 1)))) return true;
        }
        return false;
    }

    /**
     * Whether the bracket closing at {@code close} ends a sentence: an aside or a label that is one ("[Laughter.]",
     * "[Stalin:]") or that follows one ("… people.\" [Stalin:]"). A given name the editors supplied inside a sentence
     * ("the words of the poet [Walt] Whitman: “Become who you are!”", a CEU reader) ends none, and the name after it
     * opens no turn.
     */
    private static boolean bracketEndsSentence(String body, int close, int from) {
        if (close > from && ".!?:".indexOf(body.charAt(close - 1)) >= 0) return true;
        int open = body.lastIndexOf('[', close);
        if (open < from || close - open > 60) return false;
        int k = open - 1;
        while (k >= from && body.charAt(k) == ' ') k--;
        // the bracket opens the paragraph, or follows its number ("2[Oskar] Fischer: …", a book site's numbered paragraphs)
        int number = Labels.afterParagraphNumber(body, from, open + 1);
        return k < from || number == open || ".!?\"”".indexOf(body.charAt(k)) >= 0;
    }

    /** "O. " or "S. ": the full stop of an initial ends no sentence. */
    private static boolean isInitialBefore(String body, int dot) {
        return body.charAt(dot) == '.' && dot >= 1 && Character.isUpperCase(body.charAt(dot - 1))
                && (dot == 1 || !Character.isLetter(body.charAt(dot - 2)));
    }

    private static boolean startsQuoteOrCapital(String body, int i) {
        char c = body.charAt(i);
        return Character.isUpperCase(c) || c == '"' || c == '“' || c == '[';
    }

    /** At a paragraph start, or after the end of a sentence ("newspapers.Cde. Molotov—"). */
    private static boolean startsSentence(String body, int i) {
        int k = i - 1;
        while (k >= 0 && body.charAt(k) == ' ') k--;
        if (k < 0 || body.charAt(k) == '\n') return true;
        char c = body.charAt(k);
        if (c == ')') return k == 0 || body.charAt(k - 1) != '('; // "(Re: …)" ends a sentence, "()" does not
        return ".!?;:]”\"".indexOf(c) >= 0;
    }

    /** The surnames of "Cde. A, Cde. B, and C—": the attribution split at commas and "and". */
    private static List<String> speakers(String attribution) {
        List<String> names = new ArrayList<>();
        String list = attribution.substring(0, attribution.length() - 1); // the dash or colon
        int from = 0;
        while (from <= list.length()) {
            int comma = list.indexOf(',', from);
            int and = list.indexOf(" and ", from);
            int end = comma < 0 ? (and < 0 ? list.length() : and) : (and < 0 ? comma : Math.min(comma, and));
            String surname = Names.surname(list.substring(from, end));
            if (surname != null && !names.contains(surname)) names.add(surname);
            from = end + (end == and ? 5 : 1);
        }
        return names;
    }

    /** Offsets where a turn must stop: headings, participant lists, inline agenda items. */
    private static TreeSet<Integer> stops(String body, List<Layout.Paragraph> paragraphs, List<Integer> participantLists) {
        TreeSet<Integer> stops = new TreeSet<>(participantLists);
        Matcher heading = HEADING_PARAGRAPH.matcher(body);
        for (Layout.Paragraph p : paragraphs) {
            if (p.heading() || mayOpenHeading(body, p) && heading.region(p.start(), p.end()).lookingAt()) stops.add(p.start());
        }
        for (int p = body.indexOf("(Re: "); p >= 0; p = body.indexOf("(Re: ", p + 1)) stops.add(p);
        Anchors.Scan agenda = new Anchors.Scan(body, AGENDA_WORDS);
        for (int p = agenda.next(0); p >= 0; p = agenda.next(p + 1)) {
            int numeral = agendaNumeralStart(body, p);
            if (numeral >= 0) stops.add(numeral);
        }
        return stops;
    }

    /** What {@link #HEADING_PARAGRAPH} needs first: a numeral, a digit, a bracket or the first letter of one of its words. */
    private static boolean mayOpenHeading(String body, Layout.Paragraph p) {
        if (p.start() >= p.end()) return false;
        char c = body.charAt(p.start());
        return (c >= '0' && c <= '9') || "IVXOACRED(".indexOf(c) >= 0;
    }

    /** For ". On " at {@code dot}, the start of "V" in "… perished. V. On", if a numeral stands there. */
    private static int agendaNumeralStart(String body, int dot) {
        int k = dot;
        while (k > 0 && dot - k < 4 && isNumeralChar(body.charAt(k - 1))) k--;
        if (k == dot) return -1;
        int before = k - 1;
        if (before >= 0 && body.charAt(before) == ' ') before--;
        if (before < 0 || (body.charAt(before) != '.' && body.charAt(before) != ')')) return -1;
        return k;
    }

    private static boolean isNumeralChar(char c) {
        return c == 'I' || c == 'V' || c == 'X' || (c >= '0' && c <= '9');
    }

    /** Markers from the attribution to the end of the turn's text, the end included. */
    private static List<Integer> noteRefs(List<NoteMarker> markers, int from, int to) {
        LinkedHashSet<Integer> refs = new LinkedHashSet<>();
        // markers are in body order: find the first after {@code from}, then walk
        int lo = 0;
        int hi = markers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (markers.get(mid).offset() <= from) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < markers.size() && markers.get(i).offset() <= to; i++) {
            refs.add(markers.get(i).n());
        }
        return new ArrayList<>(refs);
    }
}
