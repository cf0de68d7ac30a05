package org.fonds.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;

/**
 * A document of a printed documents reader as an open-access book site sets it out, one chapter a page
 * (books.openedition.org's edition of the CEU Press readers): the site's buttons and the book's editors, then
 * "Document No. 66: Record of … June 13, 1989" on a line of its own, the translator ("Traduction de …",
 * "Traductor: …", in the language of the site's interface), "Texte intégral", and the editors' headnote and the record
 * as numbered paragraphs, the number run on to the paragraph's first word ("1In these notes …", "3Kohl: I am …").
 * The heading up to its date is the title, the date the record's, the translator line its translators, the numbered
 * paragraphs up to the wider gap the site leaves after them (the headnote) the summary, and the text starts at the
 * first numbered paragraph after it.
 */
final class BookEdition implements Layout {
    /** The translator's line under the heading, in the languages the site's interface is served in. */
    private static final Pattern TRANSLATOR = Pattern.compile(
            "^(?:Traduction de|Traductor:|Traducción de|Translated by|Translator:|Übersetzung(?: von)?:?) (\\p{Lu}.{2,80})$");
    /** The paragraph's number run on to its first word: "1In", "3Kohl:", "2[Oskar]". */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}(?=[\\p{Lu}\\[“\"])");
    /** The site's own lines: its two views' buttons, the button to the full text, the book's series. */
    private static final List<String> SITE_LINES = List.of("Version classique", "Versión clásica", "Classic version",
            "Texte intégral", "Texto completo", "Full text", "Masterpieces of History", "Documents");
    /** How many lines under the heading the translator's line may stand. */
    private static final int TRANSLATOR_REACH = 2;
    /** How far after "Document No. N:" the heading's date may stand. */
    private static final int HEADING_REACH = 300;

    @Override
    public String name() {
        return "book-edition";
    }

    /** A document's heading among the first lines with the translator's line under it. */
    @Override
    public boolean recognises(List<Line> head) {
        return translatorLine(head, heading(head)) >= 0;
    }

    @Override
    public boolean chrome(String line) {
        if (Chrome.common(line)) return true;
        for (String s : SITE_LINES) {
            if (line.startsWith(s)) return true;
        }
        return line.equals("|") || line.equals(",");
    }

    @Override
    public Optional<String> title(List<Line> head) {
        return heading(head, h -> {
            String after = after(head.get(h));
            return Optional.of(Dates.find(window(after)).map(d -> trimEnd(after.substring(0, d.start()))).orElse(after));
        });
    }

    @Override
    public boolean titleOnOneLine() {
        return true;
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        return heading(head, h -> Dates.find(window(after(head.get(h)))));
    }

    /** The heading's date is the record's. */
    @Override
    public boolean ownDateFirst() {
        return true;
    }

    @Override
    public List<String> translators(List<Line> head) {
        int t = translatorLine(head, heading(head));
        if (t < 0) return List.of();
        Matcher m = TRANSLATOR.matcher(head.get(t).text());
        if (!m.matches()) return List.of();
        List<String> out = new ArrayList<>();
        // "Svetlana Savranskaya and Anna Melyakova", "Dr. Jan Chowaniec"
        for (String name : m.group(1).split(",| and | et | y ")) {
            String n = name.strip();
            if (n.startsWith("Dr. ")) n = n.substring(4);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /**
     * The editors' headnote: the numbered paragraphs under the translator's line up to the wider gap the site leaves
     * before the record (two blank lines or more), their numbers taken off; with no such gap, the first paragraph.
     */
    @Override
    public Optional<String> summary(List<Line> head) {
        int first = numbered(head, translatorLine(head, heading(head)) + 1);
        if (first < 0) return Optional.empty();
        int last = headnoteEnd(head, first);
        StringBuilder s = new StringBuilder();
        for (int k = first; k <= last; k++) {
            String text = head.get(k).text();
            Matcher m = NUMBERED.matcher(text);
            if (!s.isEmpty()) s.append(' ');
            s.append(m.lookingAt() ? text.substring(m.end()) : text);
        }
        return Optional.of(s.toString());
    }

    /** The record starts at the first numbered paragraph after the headnote: the site's previews of notes are not its text. */
    @Override
    public int bodyStart(List<Line> head) {
        int first = numbered(head, translatorLine(head, heading(head)) + 1);
        if (first < 0) return -1;
        int text = numbered(head, headnoteEnd(head, first) + 1);
        return text < 0 ? -1 : head.get(text).start();
    }

    /** A gap of two blank lines or more: three line breaks between one line's end and the next line's start. */
    private static final int WIDE_GAP = 3;
    /** The headnote runs to a few paragraphs at most. */
    private static final int HEADNOTE_PARAGRAPHS = 4;

    /**
     * The last line of the headnote that starts at {@code first}: the line before the site's wider gap (books.openedition.org
     * sets two blank lines or more between the headnote and the record, one between paragraphs); {@code first} if none.
     */
    private static int headnoteEnd(List<Line> head, int first) {
        for (int k = first; k + 1 < head.size() && k < first + HEADNOTE_PARAGRAPHS; k++) {
            if (head.get(k + 1).start() - head.get(k).end() >= WIDE_GAP) return k;
        }
        return first;
    }

    /** The first line from {@code from} that opens with a paragraph's number run on to its word; -1 if none. */
    private static int numbered(List<Line> head, int from) {
        if (from <= 0) return -1;
        for (int i = from; i < head.size(); i++) {
            String t = head.get(i).text();
            if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && NUMBERED.matcher(t).lookingAt()) return i;
        }
        return -1;
    }

    private interface Reading<T> {
        Optional<T> read(int heading);
    }

    private static <T> Optional<T> heading(List<Line> head, Reading<T> reading) {
        int h = heading(head);
        return h < 0 ? Optional.empty() : reading.read(h);
    }

    /** The words after "Document No. N:". */
    private static String after(Line line) {
        Matcher m = NsaReader.DOCUMENT_NO.matcher(line.text());
        return m.lookingAt() ? line.text().substring(m.end()) : line.text();
    }

    /**
     * Where the heading's date is looked for: its first words, and a note's marker run on to the year taken off
     * ("September 5, 19891", the editors' note 1 on the date).
     */
    private static String window(String after) {
        String w = after.substring(0, Math.min(after.length(), HEADING_REACH));
        Matcher m = YEAR_AND_MARKER.matcher(w);
        return m.find() ? w.substring(0, m.start() + 4) : w;
    }

    private static final Pattern YEAR_AND_MARKER = Pattern.compile("(?<=\\D)(?:1[89]|20)\\d\\d\\d{1,2}$");

    private static String trimEnd(String title) {
        String t = title.strip();
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    /** The heading line among the first lines: it opens with "Document No." and stands alone; -1 if none. */
    private static int heading(List<Line> head) {
        for (int i = 0; i < head.size() && i < 12; i++) {
            String t = head.get(i).text();
            if (!t.isEmpty() && (t.charAt(0) == 'D' || t.charAt(0) == 'd') && NsaReader.DOCUMENT_NO.matcher(t).lookingAt()) return i;
        }
        return -1;
    }

    /** The translator's line within {@link #TRANSLATOR_REACH} lines under the heading; -1 if none. */
    private static int translatorLine(List<Line> head, int heading) {
        if (heading < 0) return -1;
        for (int i = heading + 1; i < head.size() && i <= heading + TRANSLATOR_REACH; i++) {
            if (TRANSLATOR.matcher(head.get(i).text()).matches()) return i;
        }
        return -1;
    }
}
