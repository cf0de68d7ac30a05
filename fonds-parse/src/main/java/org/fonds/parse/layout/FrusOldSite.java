package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;

/**
 * FRUS as the Department's older sites served it (state.gov/r/pa/ho/frus, 2001-2009.state.gov, dosfan.lib.uic.edu and
 * their mirrors), saved as text: the site's banner, navigation and "You are in: …" breadcrumb, the volume's title and
 * "Released by the Office of the Historian", a section or "Documents 29-38" line, then the numbered heading with its
 * note marker in slashes ("29. Telegram From the Embassy in the Soviet Union to the Department of State/1/"), the
 * dateline, and the "/1/Source: …" note before the text. The same documents as {@link Frus}'s, so the same name.
 */
final class FrusOldSite implements Layout {
    private static final String HISTORIAN = "Office of the Historian";
    /**
     * The Department's site of 1997-2001 (www.state.gov/www/about_state/history/vol_…, kept whole on mirrors such as
     * nasser.bibalex.org) heads each document with the series in capitals, the volume, "Department of State" and
     * "Washington, DC" over the numbered heading, and names no Historian's office.
     */
    private static final String SERIES_BANNER = "FOREIGN RELATIONS OF THE UNITED STATES";
    private static final Pattern BANNER_LINES = Pattern.compile("^(?:" + SERIES_BANNER + "|\\d{4}-\\d{4} Volume [IVXL]{1,6}"
            + "|Department of State|Washington, DC)$");
    /** "29. Telegram From … to the Department of State/1/": the document's number, its heading, its note's marker. */
    private static final Pattern HEADING = Pattern.compile("^\\d{1,4}\\. (\\p{Lu}.{3,250}?)(?:/\\d{1,2}/)?$");
    private static final Pattern SLASHED_MARKER = Pattern.compile("/\\d{1,2}/$");
    /** The site's lines around every document. */
    private static final Pattern SITE = Pattern.compile("^(?:(?:Other State Department Archive Sites)?U\\.S\\. Department of State"
            + "|(?:Released by the )?Office of the Historian|Skip Links|Search|\\[Print Friendly Version\\]|Home.{0,200}"
            + "|About the State Dept\\..{0,200}|You are in: .{0,300}|\\[Section \\d{1,3} of \\d{1,3}\\]|Documents \\d{1,4}-\\d{1,4}"
            + "|Vol\\. [IVXL]{1,6}\\b.{0,40}FRUS.{0,120}|Foreign Relations of the United States,? \\d{4}(?: ?[-–] ?\\d{2,4})?,? Volume [IVXL]{1,6}.{0,80})$");

    @Override
    public String name() {
        return "frus";
    }

    /**
     * The Historian's office named in the site's lines, and the series: nothing else sets both over a text. Or the 1997-2001
     * site's banner in capitals over a numbered heading with its note's marker in slashes ("77. Telegram From the Embassy
     * in Czechoslovakia to the Department of State/1/").
     */
    @Override
    public boolean recognises(List<Line> head) {
        boolean historian = false;
        boolean series = false;
        boolean banner = false;
        boolean slashedHeading = false;
        for (Line l : head) {
            String t = l.text();
            historian = historian || t.endsWith(HISTORIAN);
            series = series || t.startsWith("Foreign Relations of the United States") || t.startsWith("Vol. ") && t.contains("FRUS");
            banner = banner || t.equals(SERIES_BANNER);
            slashedHeading = slashedHeading || banner && t.endsWith("/") && !t.isEmpty() && Character.isDigit(t.charAt(0))
                    && SLASHED_MARKER.matcher(t).find() && HEADING.matcher(t).matches();
        }
        return historian && series || slashedHeading;
    }

    @Override
    public boolean chrome(String line) {
        return Chrome.common(line) || line.startsWith(Dateline.SLASHED_SOURCE) || Dateline.part(line) || line.length() <= 400 && SITE.matcher(line).matches()
                || line.length() <= 40 && BANNER_LINES.matcher(line).matches();
    }

    /** The numbered heading, without its slashed marker: a chapter's title above it is the volume's, not the document's. */
    @Override
    public Optional<String> title(List<Line> head) {
        for (Line l : head) {
            String t = l.text();
            if (t.isEmpty() || !Character.isDigit(t.charAt(0))) continue;
            var m = HEADING.matcher(t);
            if (m.matches()) return Optional.of(SLASHED_MARKER.matcher(m.group(1).strip()).replaceFirst(""));
        }
        return Optional.empty();
    }

    /**
     * Under the 1997-2001 site's banner, the text starts after the numbered heading, its dateline and its source note: the
     * banner's volume subtitle ("Eastern Europe", a line of its own) would be read as the title, and everything under it
     * as text.
     */
    @Override
    public int bodyStart(List<Line> head) {
        if (!Layouts.anyLine(head, SERIES_BANNER::equals)) return -1;
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text();
            if (t.isEmpty() || !Character.isDigit(t.charAt(0)) || !HEADING.matcher(t).matches()) continue;
            int j = i + 1;
            while (j < head.size() && (head.get(j).text().isEmpty() || chrome(head.get(j).text()))) j++;
            return j < head.size() ? head.get(j).start() : -1;
        }
        return -1;
    }

    /** The older sites' "/1/Source: …" note above the text: the document's source, read as FRUS's note 1 is. */
    @Override
    public Optional<String> sourceNote(List<Line> head) {
        return Dateline.slashedSource(head);
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        return dateline(head).map(Dateline::date);
    }

    @Override
    public Optional<String> place(List<Line> head) {
        return dateline(head).map(Dateline::place);
    }

    /** The dateline under the numbered heading: the site's lines above it are looked past. */
    private static Optional<Dateline> dateline(List<Line> head) {
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text();
            if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && HEADING.matcher(t).matches()) {
                return Dateline.in(head.subList(i, head.size()));
            }
        }
        return Optional.empty();
    }
}
