package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fonds.parse.dates.Dates;
import org.fonds.parse.describe.Provenance;

/**
 * A page that reprints a document under words of its own: a blog's post of a ciphered telegram, quotations from
 * historians and a caption above "CODED TELEGRAM". The page opens with a quotation, and the document's heading, its kind
 * in capitals alone on a line ("CODED TELEGRAM", "RECORD OF CONVERSATION"), stands among the first lines. The record is
 * the document: its title the line naming it under the heading's routing and marking lines ("From Budapest Priority",
 * "Top Secret", "Not to be copied" / "Andropov Report from Budapest to Moscow"), its date the date alone on the line
 * under that, its text what follows. The page's words above the heading are no part of it, not even its summary.
 * <p>
 * A blog's copy of an archive's record is one too (bachvietnhan.blogspot.com's posts of the Wilson Center's records of
 * conversation between China's and Vietnam's leaders): the post's own words, then the archive's addresses a line each
 * ("https://digitalarchive.wilsoncenter.org/document/111478"), then the record as the archive's PDF sets it, its date alone
 * on a line, its title on one or two lines, its fields and text. The date under the addresses heads the record there.
 */
final class Reprint implements Layout {
    /** A document's heading as archives' translations set it, alone on its line. */
    private static final Set<String> HEADINGS = Set.of("CODED TELEGRAM", "CIPHERED TELEGRAM", "CIPHER TELEGRAM",
            "ENCIPHERED TELEGRAM", "CIPHERGRAM", "RECORD OF CONVERSATION", "MEMORANDUM OF CONVERSATION");
    /** How many lines under the heading its routing, marking, title and date may take. */
    private static final int HEADER_REACH = 8;
    /** A routing line is short: "From Budapest Priority". */
    private static final int MAX_ROUTING = 60;

    @Override
    public String name() {
        return "reprint";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return !head.isEmpty() && opensWithQuotation(head.get(0).text()) && heading(head) > 0 || dateUnderLinks(head) > 0;
    }

    /** The line of the date alone under a run of the archive's addresses among the first lines; -1 if none. */
    private static int dateUnderLinks(List<Line> head) {
        boolean links = false;
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text();
            if (t.isBlank()) continue;
            String last = t.substring(t.lastIndexOf(' ') + 1);
            // the address alone, or ending a line a hard-wrapped post ran on to it ("English version … https://…")
            if (Chrome.isLink(last)) {
                links |= last.contains("wilsoncenter.org");
                continue;
            }
            // the length first: most lines are no date, and a whole date is short
            if (links && t.length() <= 30 && Dates.whole(t).isPresent()) return i;
            links = false;
        }
        return -1;
    }

    private static boolean opensWithQuotation(String line) {
        return !line.isEmpty() && (line.charAt(0) == '"' || line.charAt(0) == '“');
    }

    /** The line of the document's heading among the first lines; -1 if none. */
    private static int heading(List<Line> head) {
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text();
            // most lines fail on their first char or their length before the set is asked
            if (t.length() >= 10 && t.length() <= 26 && (t.charAt(0) == 'C' || t.charAt(0) == 'E' || t.charAt(0) == 'R'
                    || t.charAt(0) == 'M') && HEADINGS.contains(t)) {
                return i;
            }
        }
        return -1;
    }

    /** The heading's line, the title, the date and where the text starts (a source offset). */
    private record Reading(String heading, String title, Dates.Found date, int textStart) {
    }

    private static Optional<Reading> read(List<Line> head) {
        int h = heading(head);
        if (h < 0) return underLinks(head);
        String title = null;
        Dates.Found date = null;
        int last = h;
        for (int i = h + 1; i < head.size() && i <= h + HEADER_REACH; i++) {
            String t = head.get(i).text();
            Optional<Dates.Found> whole = Dates.whole(t);
            if (whole.isPresent()) { // the date closes the heading's lines
                date = whole.get();
                last = i;
                break;
            }
            if (title != null) break; // a line after the title that is no date: the text
            if (routing(t)) {
                last = i;
                continue;
            }
            if (t.length() > 120 || t.endsWith(".")) break; // a sentence: the text, under no title
            title = t;
            last = i;
        }
        int textStart = last + 1 < head.size() ? head.get(last + 1).start() : head.get(last).end();
        String heading = head.get(h).text();
        return Optional.of(new Reading(heading, title == null ? heading : title, date, textStart));
    }

    /** The longest line of a title the archive's PDF wraps over two. */
    private static final int MAX_TITLE_LINE = 80;

    /** The record under the archive's addresses: no heading, the title on the lines after the date, the text under it. */
    private static Optional<Reading> underLinks(List<Line> head) {
        int d = dateUnderLinks(head);
        if (d < 0) return Optional.empty();
        Dates.Found date = Dates.whole(head.get(d).text()).orElseThrow();
        int first = d + 1;
        while (first < head.size() && head.get(first).text().isBlank()) first++;
        if (first >= head.size()) return Optional.of(new Reading(null, "", date, head.get(d).end()));
        String title = head.get(first).text().strip();
        int last = first;
        if (first + 1 < head.size() && continuesTitle(head.get(first).text(), head.get(first + 1).text())) {
            last = first + 1;
            title = title + " " + head.get(last).text().strip();
        }
        // the archive's funder's line under the title ("This document was made possible with support from …") is the
        // site's, no text of the record (bachvietnhan.blogspot.com's copy of North Vietnam's Politburo cable No. 320)
        int next = last + 1;
        while (next < head.size() && Chrome.common(head.get(next).text())) next++;
        int textStart = next < head.size() ? head.get(next).start() : head.get(next - 1).end();
        return Optional.of(new Reading(null, title, date, textStart));
    }

    /**
     * Whether {@code line} carries on the title's first line {@code above}: a title the PDF wrapped ("Record of
     * Conversation between" / "Premier Zhou Enlai and Chairman Ho Chi Minh"), not a field ("Time: …"), a marking, a
     * funder's line, a date or a sentence.
     */
    private static boolean continuesTitle(String above, String line) {
        String t = line.strip();
        if (t.isEmpty() || above.strip().endsWith(".") || t.endsWith(".") || t.length() > MAX_TITLE_LINE || t.indexOf(':') >= 0) {
            return false;
        }
        return !Chrome.common(t) && !routing(t) && Dates.whole(t).isEmpty();
    }

    /** "From Budapest Priority", "Top Secret", "Not to be copied", "No. 19": where it came from, how to handle it. */
    private static boolean routing(String t) {
        if (t.length() > MAX_ROUTING) return false;
        return Provenance.markingAlone(t) || Provenance.markingLine(t) || t.startsWith("From ") || t.startsWith("No. ")
                || t.equalsIgnoreCase("Not to be copied") || t.equalsIgnoreCase("Urgent") || t.equalsIgnoreCase("Priority");
    }

    @Override
    public Optional<String> title(List<Line> head) {
        return read(head).map(Reading::title);
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        return read(head).map(Reading::date);
    }

    /** The dates of the page's own words above the heading are not the document's. */
    @Override
    public boolean ownDateFirst() {
        return true;
    }

    @Override
    public int bodyStart(List<Line> head) {
        return read(head).map(Reading::textStart).orElse(-1);
    }

    /** The page's words above the heading (a quotation) are no summary of the document. */
    @Override
    public Optional<String> summary(List<Line> head) {
        return read(head).map(r -> "");
    }

    @Override
    public Optional<String> kind(List<Line> head) {
        // a record copied under the archive's addresses has no heading: its title tells its kind, as any record's does
        return read(head).filter(r -> r.heading() != null)
                .map(r -> r.heading().endsWith("CONVERSATION") ? "memorandum of conversation" : "telegram");
    }
}
