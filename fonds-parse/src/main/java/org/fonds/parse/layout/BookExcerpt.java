package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;

/**
 * A document of a printed documents reader as a book site serves an excerpt of it (Project MUSE's chapters, and copies of
 * them): perhaps the site's lead ("In lieu of an abstract, here is a brief excerpt of the content:"), then the book's
 * page number, "Document No. 51: Transcript of … June 10, 1981", the editors' headnote and the record, often all run
 * together on one line, the headnote ended by the editors' omission mark "[…]" or a rule. The heading up to its date is
 * the title, the date the record's, the headnote the summary, the record after the mark the text.
 */
final class BookExcerpt implements Layout {
    private static final String LEAD = "In lieu of an abstract";
    private static final String OMISSION = "[…]";
    /** A rule the editors set around the headnote: "———…" or "____…". */
    private static final Pattern RULE = Pattern.compile("[—_]{3,}");
    /** How far after "Document No. N:" the heading's date may stand. */
    private static final int HEADING_REACH = 300;
    /** The lines the heading, the headnote and the mark are looked for in. */
    private static final int FIRST_LINES = 4;

    @Override
    public String name() {
        return "book-excerpt";
    }

    /**
     * The site's lead above the excerpt; or a document's heading among the first lines with the omission mark after its
     * headnote, and no source line (the National Security Archive's readers set "Source: …" under the heading).
     */
    @Override
    public boolean recognises(List<Line> head) {
        if (head.isEmpty()) return false;
        if (head.get(0).text().startsWith(LEAD)) return true;
        if (Layouts.anyLine(head, l -> l.startsWith("Source:") || l.startsWith("[Source:"))) return false;
        return heading(head) >= 0 && omission(head) >= 0;
    }

    @Override
    public boolean chrome(String line) {
        return Chrome.common(line) || line.startsWith(LEAD);
    }

    @Override
    public Optional<String> title(List<Line> head) {
        return reading(head).map(r -> r.title);
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        return reading(head).map(r -> r.date);
    }

    /** The heading's date is the record's: a date line of the site's above it is not. */
    @Override
    public boolean ownDateFirst() {
        return true;
    }

    @Override
    public Optional<String> summary(List<Line> head) {
        return reading(head).map(r -> r.headnote).filter(s -> s != null && !s.isEmpty());
    }

    @Override
    public int bodyStart(List<Line> head) {
        return reading(head).map(r -> r.textStart).orElse(-1);
    }

    /** What the heading line says: title, date, headnote, and where the record starts (a source offset). */
    private record Reading(String title, Dates.Found date, String headnote, int textStart) {
    }

    private static Optional<Reading> reading(List<Line> head) {
        int h = heading(head);
        if (h < 0) return Optional.empty();
        Line line = head.get(h);
        Matcher m = NsaReader.DOCUMENT_NO.matcher(line.text());
        if (!m.lookingAt()) return Optional.empty();
        String after = line.text().substring(m.end());
        Optional<Dates.Found> d = Dates.find(after.substring(0, Math.min(after.length(), HEADING_REACH)));
        if (d.isEmpty()) return Optional.empty();
        String title = after.substring(0, d.get().start()).strip();
        while (!title.isEmpty() && ",;:".indexOf(title.charAt(title.length() - 1)) >= 0) {
            title = title.substring(0, title.length() - 1).strip();
        }
        int restFrom = m.end() + d.get().end();
        String rest = line.text().substring(restFrom);
        int skip = 0;
        while (skip < rest.length() && rest.charAt(skip) == ' ') skip++;
        Matcher lead = RULE.matcher(rest).region(skip, rest.length());
        if (lead.lookingAt()) skip = lead.end(); // the rule under the heading, before the headnote
        int split = split(rest, skip);
        if (split >= 0) {
            String headnote = rest.substring(skip, split).strip();
            int text = split + (rest.startsWith(OMISSION, split) ? OMISSION.length() : ruleLength(rest, split));
            while (text < rest.length() && rest.charAt(text) == ' ') text++;
            // a char of the line's text is a char of the source only where cleaning took none away (a rule "____"
            // read as emphasis): else the text's start is not known here, and the generic reader's stands
            if (!clean(line)) return Optional.of(new Reading(title, d.get(), null, -1));
            return Optional.of(new Reading(title, d.get(), headnote, line.start() + restFrom + text));
        }
        // the headnote on the lines under the heading, the mark on a line of its own
        StringBuilder headnote = new StringBuilder(rest.substring(skip).strip());
        int o = omission(head);
        if (o > h) {
            for (int k = h + 1; k < o; k++) headnote.append(headnote.isEmpty() ? "" : " ").append(head.get(k).text());
            int text = o + 1 < head.size() ? head.get(o + 1).start() : head.get(o).end();
            return Optional.of(new Reading(title, d.get(), headnote.toString().strip(), text));
        }
        // no mark, but the record's own heading in capitals run on after the headnote's last sentence ("… the more
        // respectful “vy”. REPORT Comrade János Kádár received …", the CEU reader's Document No. 56 on Project MUSE): the
        // headnote ends there and the record starts with its heading
        int own = RecordHeading.after(rest, skip);
        if (own >= 0 && clean(line)) {
            return Optional.of(new Reading(title, d.get(), rest.substring(skip, own).strip(), line.start() + restFrom + own));
        }
        // no mark: the excerpt was cut in the headnote, and holds no text of the record
        return Optional.of(new Reading(title, d.get(), headnote.toString(), line.end()));
    }

    /** Whether the line's text is its source but for the spaces that end it (a hard break's "  "). */
    private static boolean clean(Line line) {
        int removed = line.end() - line.start() - line.text().length();
        return removed >= 0 && removed <= 2;
    }

    /** Where the headnote ends in the heading's line: at the omission mark, or at a rule after it; -1 if neither. */
    private static int split(String rest, int from) {
        int o = rest.indexOf(OMISSION, from);
        Matcher r = RULE.matcher(rest);
        int rule = r.find(from) ? r.start() : -1;
        if (o < 0) return rule;
        return rule < 0 ? o : Math.min(o, rule);
    }

    private static int ruleLength(String rest, int at) {
        Matcher r = RULE.matcher(rest).region(at, rest.length());
        return r.lookingAt() ? r.end() - at : 0;
    }

    /**
     * The line of the document's heading among the first lines: the last one that opens with "Document No." and
     * names a date (a chapter page sets the heading alone above the book's page, where it stands again run in).
     */
    private static int heading(List<Line> head) {
        int found = -1;
        for (int i = 0; i < head.size() && i < FIRST_LINES; i++) {
            String t = head.get(i).text();
            Matcher m = NsaReader.DOCUMENT_NO.matcher(t);
            if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == 'D') && m.lookingAt()) found = i;
        }
        return found;
    }

    /** The line holding the editors' omission mark among the first lines; -1 if none. */
    private static int omission(List<Line> head) {
        for (int i = 0; i < head.size() && i <= FIRST_LINES; i++) {
            if (head.get(i).text().contains(OMISSION)) return i;
        }
        return -1;
    }
}
