package org.fonds.parse.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.contents.Layout;
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
    private static final String NAME = "(?:\\p{Lu}\\. ?){0,3}\\p{Lu}[\\p{L}'’]{1,30}+(?: \\p{Lu}[\\p{L}'’]{1,30}+)?";
    private static final String CDE = "Cdes?\\. ?";
    /** "Cde. Zhukov—", "Cdes. Suslov, Brezhnev:", "Cde. Kaganovich, Cde. Molotov, Cde. Zhukov:" */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            CDE + "(" + NAME + "(?: ?, ?(?:and )?(?:" + CDE + ")?" + NAME + "| and (?:" + CDE + ")?" + NAME + "){0,12})"
                    + " ?[—–:-]");
    /** "Munnich: A gloomy situation." at the start of a paragraph. */
    private static final Pattern BARE = Pattern.compile("(?m)^(\\p{Lu}[\\p{L}'’]{1,30}+): ");
    private static final Pattern NAME_IN_LIST = Pattern.compile(NAME);
    /** Words that open a labelled line but name nobody. */
    private static final Set<String> NOT_NAMES = Set.of("Those", "Note", "Notes", "Contents", "Summary", "Citation",
            "Source", "Page", "Point", "Points", "Protocol", "Agenda", "Present", "Decision", "Decided", "Resolution",
            "Resolved", "Information", "Question", "Questions", "Proposal", "Conclusion", "Attachment", "Comment",
            "Remark", "Subject", "Re", "Participants", "Translation", "Original", "Date", "Title", "Item",
            "Items", "Result", "Results", "Task", "Tasks", "Reply", "Answer", "Instructions", "Draft", "Appendix",
            "Annex", "Enclosure", "Postscript", "Nb", "Ps", "Addendum", "Order", "Orders", "Telegram", "Report");
    /** Inline headings a turn stops at: "(Re: …)", "V. On Purging …". */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "\\(Re: |(?<=[.)] ?)(?:[IVX]{1,4}|\\d{1,2})\\. (?:On|About|Concerning|Regarding) ");
    /** A paragraph that is a heading: an agenda item, or a parenthesised list of names. */
    private static final Pattern HEADING_PARAGRAPH = Pattern.compile(
            "^(?:(?:[IVX]{1,4}|\\d{1,2})\\. )?(?:On|About|Concerning|Regarding|Consideration|Information|Exchange|Discussion) "
                    + "|^\\([^()]{1,200}\\)$");

    private Turns() {
    }

    public static List<Turn> find(String body, List<Layout.Paragraph> paragraphs, List<NoteMarker> markers) {
        List<int[]> opens = attributions(body, paragraphs); // {start, textStart}
        TreeSet<Integer> stops = stops(body, paragraphs);
        List<Turn> turns = new ArrayList<>(opens.size());
        for (int i = 0; i < opens.size(); i++) {
            int[] open = opens.get(i);
            int end = i + 1 < opens.size() ? opens.get(i + 1)[0] : body.length();
            Integer stop = stops.higher(open[1]);
            if (stop != null && stop < end) end = stop;
            String text = body.substring(Math.min(open[1], end), end).strip();
            List<String> speakers = speakers(body.substring(open[0], open[1]));
            turns.add(new Turn(speakers, text, noteRefs(markers, open[0], end)));
        }
        return turns;
    }

    /** The distinct speakers of {@code turns} in order of first appearance. */
    public static List<String> speakers(List<Turn> turns) {
        List<String> out = new ArrayList<>();
        for (Turn t : turns) {
            for (String s : t.speakers()) {
                if (!out.contains(s)) out.add(s);
            }
        }
        return out;
    }

    private static List<int[]> attributions(String body, List<Layout.Paragraph> paragraphs) {
        List<int[]> opens = new ArrayList<>();
        Matcher m = ATTRIBUTION.matcher(body);
        while (m.find()) {
            if (startsSentence(body, m.start())) opens.add(new int[] {m.start(), m.end()});
        }
        Matcher bare = BARE.matcher(body);
        while (bare.find()) {
            if (!NOT_NAMES.contains(bare.group(1)) && !isHeading(body, paragraphs, bare.start())) {
                opens.add(new int[] {bare.start(), bare.end()});
            }
        }
        opens.sort((a, b) -> Integer.compare(a[0], b[0]));
        return opens;
    }

    /** At a paragraph start, or after the end of a sentence ("newspapers.Cde. Molotov—"). */
    private static boolean startsSentence(String body, int i) {
        int k = i - 1;
        while (k >= 0 && body.charAt(k) == ' ') k--;
        if (k < 0 || body.charAt(k) == '\n') return true;
        char c = body.charAt(k);
        if (c == ')' ) return k == 0 || body.charAt(k - 1) != '(' ;
        return ".!?;:]”\"".indexOf(c) >= 0;
    }

    private static List<String> speakers(String attribution) {
        List<String> names = new ArrayList<>();
        String list = attribution.replaceAll("Cdes?\\. ?", "").replaceAll(" ?[—–:-]$", "");
        Matcher m = NAME_IN_LIST.matcher(list);
        while (m.find()) {
            String surname = Names.surname(m.group());
            if (surname != null && !names.contains(surname)) names.add(surname);
        }
        return names;
    }

    /** Offsets where a turn must stop: headings, participant lists, inline agenda items. */
    private static TreeSet<Integer> stops(String body, List<Layout.Paragraph> paragraphs) {
        TreeSet<Integer> stops = new TreeSet<>(Participants.starts(body));
        for (Layout.Paragraph p : paragraphs) {
            if (p.heading() || HEADING_PARAGRAPH.matcher(body.substring(p.start(), p.end())).find()) {
                stops.add(p.start());
            }
        }
        Matcher m = INLINE_HEADING.matcher(body);
        while (m.find()) stops.add(m.start());
        return stops;
    }

    private static boolean isHeading(String body, List<Layout.Paragraph> paragraphs, int start) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = paragraphs.get(mid).start();
            if (s == start) return paragraphs.get(mid).heading();
            if (s < start) lo = mid + 1;
            else hi = mid - 1;
        }
        return false;
    }

    /** Markers from the attribution to the end of the turn's text, the end included. */
    private static List<Integer> noteRefs(List<NoteMarker> markers, int from, int to) {
        List<Integer> refs = new ArrayList<>();
        // markers are in body order: find the first after {@code from}, then walk
        int lo = 0;
        int hi = markers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (markers.get(mid).offset() <= from) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < markers.size() && markers.get(i).offset() <= to; i++) {
            int n = markers.get(i).n();
            if (!refs.contains(n)) refs.add(n);
        }
        return refs;
    }
}
