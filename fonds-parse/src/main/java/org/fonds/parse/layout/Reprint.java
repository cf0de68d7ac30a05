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
        return !head.isEmpty() && opensWithQuotation(head.get(0).text()) && heading(head) > 0;
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
        if (h < 0) return Optional.empty();
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
        return read(head).map(r -> r.heading().endsWith("CONVERSATION") ? "memorandum of conversation" : "telegram");
    }
}
