package org.fonds.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PublishedIn;

/**
 * The Chicago Manual of Style (18th edition, notes and bibliography) citation of a document: an
 * archival document, published in translation, consulted in an online archive. Its full first note
 * and its bibliography entry:
 *
 * <pre>
 * "Title," July 9–12, 1956, comp. V. N. Malin, trans. A and B, TsKhSD, F. 3, Op. 12, D. 1005,
 *     Ll. 2–2ob, published in CWIHP Bulletin, no. 8–9, p. 388, History and Public Policy Program
 *     Digital Archive, http://digitalarchive.wilsoncenter.org/document/111944.
 * </pre>
 *
 * <p>Why written here and not by a CSL processor: CSL gives an item one date, which the official
 * Chicago styles set beside the container, so the Bulletin got the meeting's date ("CWIHP
 * Bulletin, November 1, 1956"); and they put a translator or compiler in the author's place of a
 * document whose author is the state body that wrote it. Chicago for archival items (CMOS 14.119–
 * 14.130) leads with the item's title and date, then who compiled and translated it, where the
 * original is kept, where it was published (with its own year, or none), and where it was
 * consulted (14.6: the archive's own URL). Fonds' address is given only as "accessed through",
 * when it has a public one. Ranges take an en dash (CMOS 6.83).
 */
public final class ChicagoWriter implements Format {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    /** The forms of output: plain text, or HTML with every value escaped and the publication's title in italics. */
    public enum Output {
        TEXT, HTML
    }

    /** A full note ("1. ...") without its number, and the bibliography entry. */
    public record Citation(String note, String bibliography) {
    }

    @Override
    public String name() {
        return "chicago";
    }

    @Override
    public String label() {
        return "Chicago";
    }

    @Override
    public String extension() {
        return "chicago.txt";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=utf-8";
    }

    @Override
    public String write(ArchiveRecord r, Citing c) {
        Citation citation = cite(r, c, Output.TEXT);
        return "Note: " + citation.note() + "\nBibliography: " + citation.bibliography() + "\n";
    }

    /** The note and bibliography entry of {@code r} as plain text or HTML. */
    public Citation cite(ArchiveRecord r, Citing c, Output output) {
        Markup m = output == Output.HTML ? Markup.HTML : Markup.TEXT;
        String title = m.plain(innerQuotes(withoutFinalPeriod(Clean.oneLine(r.title()))));
        List<String> note = new ArrayList<>();
        List<String> bib = new ArrayList<>();
        String date = date(r);
        note.add(date);
        bib.add(capitalized(date));
        if (r.compiler() != null && !Clean.oneLine(r.compiler()).isEmpty()) {
            note.add("comp. " + m.plain(Clean.oneLine(r.compiler())));
            bib.add("Compiled by " + m.plain(Clean.oneLine(r.compiler())));
        }
        String translators = Names.prose(r.translators());
        if (!translators.isEmpty()) {
            note.add("trans. " + m.plain(translators));
            bib.add("Translated by " + m.plain(translators));
        }
        String locations = Locations.each(r).stream().map(ChicagoWriter::dashes).reduce((a, b) -> a + "; " + b).orElse("");
        if (!locations.isEmpty()) {
            note.add(m.plain(locations));
            bib.add(m.plain(locations));
        }
        if (r.publishedIn() != null) {
            String print = print(r.publishedIn(), m);
            note.add("published in " + print);
            bib.add("Published in " + print);
        }
        if (!Clean.oneLine(r.repository()).isEmpty()) {
            note.add(m.plain(Clean.oneLine(r.repository())));
            bib.add(m.plain(Clean.oneLine(r.repository())));
        }
        Addresses at = Addresses.of(r, c);
        String accessed = c.accessed().format(DAY);
        at.cited().ifPresent(url -> {
            note.add(m.plain(url));
            bib.add(m.plain(url));
            if (at.urlIsFonds()) {
                note.add("accessed " + accessed);
                bib.add("Accessed " + accessed);
            }
        });
        at.accessedThrough().ifPresent(url -> {
            note.add("accessed through " + m.plain(url) + " on " + accessed);
            bib.add("Accessed through " + m.plain(url) + " on " + accessed);
        });
        return new Citation(quoted(title, ",") + " " + String.join(", ", note) + ".", quoted(title, ".") + " " + sentences(bib));
    }

    /** "Title," or "Title." in curly quotes; a title ending in ? or ! keeps its own mark (CMOS 6.124). */
    private static String quoted(String title, String mark) {
        boolean own = title.endsWith("?") || title.endsWith("!");
        return "\u201C" + title + (own ? "" : mark) + "\u201D";
    }

    /** A title's own closing period gives way to the citation's comma or period ("Report.," is never right). */
    private static String withoutFinalPeriod(String title) {
        return title.endsWith(".") && !title.endsWith("..") ? title.substring(0, title.length() - 1) : title;
    }

    /** Double quotes inside a quoted title become single ones (CMOS 6.11). */
    private static String innerQuotes(String title) {
        StringBuilder out = new StringBuilder(title.length());
        boolean open = false;
        for (char ch : title.toCharArray()) {
            switch (ch) {
                case '\u201C' -> out.append('\u2018');
                case '\u201D' -> out.append('\u2019');
                case '"' -> {
                    out.append(open ? '\u2019' : '\u2018');
                    open = !open;
                }
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** The document's date as Chicago writes it: "November 1, 1956", "July 9–12, 1956", or as written; "n.d." when it has none. */
    static String date(ArchiveRecord r) {
        if (r.dateRange() != null) {
            Optional<LocalDate> from = IsoDate.parse(r.dateRange().from());
            Optional<LocalDate> to = IsoDate.parse(r.dateRange().to());
            if (from.isPresent() && to.isPresent() && !from.get().equals(to.get())) return range(from.get(), to.get());
        }
        Optional<LocalDate> day = IsoDate.parse(r.date());
        if (day.isPresent()) return day.get().format(DAY);
        String written = Clean.oneLine(r.dateText());
        return written.isEmpty() ? "n.d." : written;
    }

    private static String range(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) return from.format(DAY) + "\u2013" + to.format(DAY);
        if (from.getMonth() != to.getMonth()) return from.format(MONTH_DAY) + "\u2013" + to.format(DAY);
        return from.format(MONTH_DAY) + "\u2013" + to.getDayOfMonth() + ", " + to.getYear();
    }

    /**
     * "CWIHP Bulletin, no. 8–9, p. 388" without a year of its own; "CWIHP Bulletin, no. 8–9 (1996): 388" with
     * one, as a journal is cited (CMOS 14.68).
     */
    private static String print(PublishedIn p, Markup m) {
        StringBuilder s = new StringBuilder(m.italic(Clean.oneLine(p.title())));
        if (Print.present(p.issue())) {
            String issue = dashes(Clean.oneLine(p.issue()));
            s.append(", ").append(Character.isDigit(issue.charAt(0)) ? "no. " : "").append(m.plain(issue));
        }
        String pages = Print.present(p.pages()) ? Pages.of(p.pages()).joined("\u2013") : null;
        if (Print.present(p.year())) {
            s.append(" (").append(m.plain(Clean.oneLine(p.year()))).append(')');
            if (pages != null) s.append(": ").append(m.plain(pages));
        } else if (pages != null) {
            s.append(pages.contains("\u2013") ? ", pp. " : ", p. ").append(m.plain(pages));
        }
        return s.toString();
    }

    /** A hyphen between numbers as an en dash: "388–389", "Ll. 2–2ob", "8–9". */
    static String dashes(String s) {
        return s.replaceAll("(?<=\\d)\\s*-\\s*(?=\\d)", "\u2013");
    }

    private static String sentences(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (!out.isEmpty()) out.append(' ');
            out.append(part);
            if (!part.endsWith(".")) out.append('.');
        }
        return out.toString();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Text as it is, or HTML with every value escaped. */
    private enum Markup {
        TEXT {
            @Override
            String plain(String s) {
                return s;
            }

            @Override
            String italic(String s) {
                return s;
            }
        },
        HTML {
            @Override
            String plain(String s) {
                StringBuilder out = new StringBuilder(s.length() + 16);
                for (char ch : s.toCharArray()) {
                    switch (ch) {
                        case '<' -> out.append("&lt;");
                        case '>' -> out.append("&gt;");
                        case '&' -> out.append("&amp;");
                        case '"' -> out.append("&quot;");
                        case '\'' -> out.append("&#39;");
                        default -> out.append(ch);
                    }
                }
                return out.toString();
            }

            @Override
            String italic(String s) {
                return "<i>" + plain(s) + "</i>";
            }
        };

        abstract String plain(String s);

        abstract String italic(String s);
    }
}
