package org.fonds.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fonds.record.Warning;

/**
 * Writes the lines around a generated body in the layouts other than the labelled export, as the
 * real records of ../shared/corpus/real/docs set them out (our own words, their shapes): the
 * archive's older web page (date, title, funding line, "Citation / get citation", the summary, the
 * citation indented, "English HTML"), text from its PDF export (one page header, then the labels
 * run on), a National Security Archive reader (book line, editor, "DOCUMENT No. N: title", "Source:",
 * a headnote), a CIA CREST page (title, metadata labels each with its value on the next line,
 * "Body:") and plain text (a date line and a title). Each states the facts its lines carry.
 */
final class PageWriter {
    /** The text before the body, the text after it (the current page's block; mostly none), and what they state. */
    record Page(String head, String tail, Stated stated) {
        Page(String head, Stated stated) {
            this(head, "", stated);
        }
    }

    private static final List<String> FOUNDATIONS = List.of("Northfield Foundation", "Aven Trust for History",
            "Lakeside Memorial Fund");
    private static final List<String> CLASSIFICATIONS = List.of("S", "C", "TOP SECRET", "CONFIDENTIAL");

    private final Dice dice;
    private final Set<Variant> variants;
    private final DocumentWriter.Facts f;

    PageWriter(Dice dice, Set<Variant> variants, DocumentWriter.Facts f) {
        this.dice = dice;
        this.variants = variants;
        this.f = f;
    }

    Page write(PageLayout layout) {
        return switch (layout) {
            case LEGACY_PAGE -> legacyPage();
            case CURRENT_PAGE -> currentPage();
            case PDF_TEXT -> pdfText();
            case NSA -> nsa();
            case CREST -> crest();
            case FRUS -> frus();
            case PLAIN -> plain();
            case EXPORT -> throw new IllegalArgumentException("the labelled export is written by DocumentWriter.Header");
        };
    }

    /** b01, b15: the summary stands between "get citation" and the indented citation; the text follows "English HTML". */
    private Page legacyPage() {
        variants.add(Variant.LAYOUT_LEGACY_PAGE);
        String date = pageDate();
        String citation = citation(true) + urls();
        String head = "\n\n" + date + "\n\n" + f.title + "\n\nThis document was made possible with support from the "
                + dice.pick(FOUNDATIONS) + "\n\nCitation\n\n    get citation\n\n" + f.summary + "\n    " + citation
                + "\n\nEnglish HTML\n\n";
        return new Page(head, new Stated("wcda-legacy-page", date, citation, f.repository, f.urls,
                List.of(f.reference.reference()), f.compiler, f.publishedIn, f.summary, null, null, null,
                List.of(warning("no-language", "no original language"))));
    }

    /**
     * b12, b13, b18, b20: the archive's current page as saved, date and title, the funding line, then at once the
     * text, nothing after it. The parser names it plain text, as it does those real pages: nothing in it is the
     * current page's own but the funding line, which is chrome in every layout. Half the pages keep what the page
     * sets after the text ({@link #currentPageBlock}).
     */
    private Page currentPage() {
        variants.add(Variant.LAYOUT_CURRENT_PAGE);
        String date = pageDate();
        if (dice.chance(0.5)) return currentPageBlock(date);
        // the page shows no summary, so the funding line (chrome to the parser) says that the record is made up
        String head = date + "\n\n" + f.title + "\n\nThis document was made possible with support from "
                + dice.pick(FOUNDATIONS) + " (a synthetic record for testing; it is not a historical document)\n\n";
        return new Page(head, new Stated("plain", date, "", null, List.of(), List.of(), null, null, "", null, null, null,
                List.of(warning("no-citation", "no citation or source line"), warning("no-summary", "no summary"),
                        warning("no-language", "no original language"))));
    }

    /**
     * The current page with what it sets after the text (RECORD.md's {@code wcda-page}; r11 of the kept-apart
     * records): the unlabelled summary, then the "Document Information" heading and its labels each alone on a
     * line ("Source" with the citation, "Original Language" with the language), or the same labels with colons and
     * no heading; "Original Archive", "Rights", "Type", "Record ID" left empty, as the real page leaves them.
     */
    private Page currentPageBlock(String date) {
        boolean heading = dice.chance(0.5);
        variants.add(heading ? Variant.CURRENT_PAGE_BLOCK : Variant.CURRENT_PAGE_BLOCK_UNHEADED);
        String citation = citation(true) + urls();
        String head = date + "\n\n" + f.title + "\n\nThis document was made possible with support from "
                + dice.pick(FOUNDATIONS) + "\n\n";
        String colon = heading ? "" : ":";
        String tail = "\n\n" + f.summary + "\n\n" + (heading ? "Document Information\n\n" : "") + "Source" + colon + "\n\n"
                + citation + "\n\nOriginal Archive" + colon + "\n\nOriginal Language" + colon + "\n\n" + f.language
                + "\n\nRights" + colon + "\n\nType" + colon + "\n\nRecord ID" + colon + "\n";
        return new Page(head, tail, new Stated("wcda-page", date, citation, f.repository, f.urls,
                List.of(f.reference.reference()), f.compiler, f.publishedIn, f.summary, f.language, null, null, List.of()));
    }

    /** b14, b16, b25: a page number, the site's page header, date and title, then every label run on to the next. */
    private Page pdfText() {
        variants.add(Variant.LAYOUT_PDF_TEXT);
        String date = Vocabulary.MONTHS.get(f.from.getMonthValue() - 1) + " " + String.format("%02d", f.from.getDayOfMonth())
                + ", " + f.from.getYear();
        String citation = citation(false).replace(monthDayYear(f.from), date) + urls();
        String header = dice.chance(0.5) ? "Digital Archive International History Declassified digitalarchive.wilsoncenter.org"
                : "Digital Archive digitalarchive.wilsoncenter.org International History Declassified";
        String head = "1 " + header + " " + date + " " + f.title + " Citation: " + citation + " Summary: " + f.summary
                + " Original Language: " + f.language + " Contents: English Translation\n\n";
        return new Page(head, new Stated("pdf-text", date, citation, f.repository, f.urls, List.of(f.reference.reference()),
                f.compiler, f.publishedIn, f.summary, f.language, "English", null, List.of()));
    }

    /** b05, b06: the reader's title and editor, the document's number and title, its source line, a headnote. */
    private Page nsa() {
        variants.add(Variant.LAYOUT_NSA);
        String source = f.reference.text() + ".";
        String head = "The " + f.council + " Papers: A National Security Archive Documents Reader\n\nBy "
                + DocumentWriter.withInitials(dice.pick(Vocabulary.SURNAMES)) + "\n\nDOCUMENT No. " + dice.between(1, 150)
                + ": " + f.title + "\n\nSource: " + source + "\n\n" + f.summary + "\n\n";
        return new Page(head, new Stated("nsa", DocumentWriter.dayMonthYear(f.from), source, null, List.of(),
                List.of(f.reference.reference()), null, null, f.summary, null, null, null,
                List.of(warning("no-language", "no original language"), warning("no-repository", "no archive named in the citation"),
                        warning("no-url", "no URL in the citation"))));
    }

    /** b11: the title, then the reading room's labels, each with its value (or none) on the next line; "Body:" last. */
    private Page crest() {
        variants.add(Variant.LAYOUT_CREST);
        String classification = dice.pick(CLASSIFICATIONS);
        String number = "NFA-RDP" + dice.between(10, 99) + "-" + String.format("%05d", dice.between(0, 99_999)) + "A"
                + String.format("%09d", f.documentNumber) + "-" + dice.between(1, 9);
        LocalDate released = LocalDate.of(dice.between(1995, 2015), dice.between(1, 12), dice.between(1, 28));
        // the reading room has no summary: the collection says what these records are
        String head = f.title + "\nDocument Type:\nCollection:\n" + f.summary + "\nDocument Number (FOIA) /ESDN (CREST):\n" + number
                + "\nRelease Decision:\nRIFPUB\nOriginal Classification:\n" + classification + "\nDocument Page Count:\n"
                + dice.between(1, 40) + "\nDocument Creation Date:\n" + monthDayYear(released.plusYears(3))
                + "\nDocument Release Date:\n" + monthDayYear(released) + "\nSequence Number:\n" + dice.between(1, 9)
                + "\nCase Number:\nPublication Date:\n" + monthDayYear(f.from) + "\nContent Type:\nNOTES\nBody:\n";
        return new Page(head, new Stated("crest", monthDayYear(f.from), "", null, List.of(), List.of(), null, null, "", null,
                null, classification, List.of(warning("no-citation", "no citation or source line"),
                        warning("no-summary", "no summary"), warning("no-language", "no original language"))));
    }

    /**
     * A FRUS document as its web pages read when copied (b08's numbered heading with its glued note marker, b19's
     * sender and addressee): "214. Telegram From the Embassy in X to the Department of State1", then the text, its place
     * and date line first; the notes follow it, "1 Source: …" first (NotesWriter). The heading is the title.
     */
    private Page frus() {
        variants.add(Variant.LAYOUT_FRUS);
        String date = monthDayYear(f.from);
        // the place and date line under the heading is written by dateline(), chosen before the text is
        String head = dice.between(1, 700) + ". " + frusTitle(f) + "1\n\n";
        return new Page(head, new Stated("frus", date, "", null, List.of(), List.of(), null, null, "", null, null, null,
                List.of(warning("no-citation", "no citation or source line"), warning("no-summary", "no summary"),
                        warning("no-language", "no original language"))));
    }

    /**
     * FRUS's place and date line under the heading, as the pages print it: the hour after a dash or none, a full stop
     * after the date ("Veldor, March 3, 1957—4 p.m.", "Veldor, March 3, 1957."), broken after the day ("Veldor, March
     * 3," / "1957—4 p.m.") or before the hour's "p.m." ("…1957—4" / "p.m."). It is the record's date and place and no
     * line of its text. Which break is taken follows the day of the month, so the dice (and every other generated
     * record) stay as they were before the dateline moved out of the text.
     */
    static String dateline(Dice dice, String place, LocalDate date) {
        boolean hour = !dice.chance(0.5);
        String time = hour ? "—" + dice.between(1, 11) + " " + dice.oneOf("a.m.", "p.m.") : ".";
        String line = place + ", " + monthDayYear(date) + time;
        return switch (date.getDayOfMonth() % 4) {
            case 1 -> place + ", " + Vocabulary.MONTHS.get(date.getMonthValue() - 1) + " " + date.getDayOfMonth() + ",\n"
                    + date.getYear() + time;
            case 2 -> hour ? line.substring(0, line.length() - " a.m.".length()) + "\n" + time.substring(time.length() - 4) : line;
            default -> line;
        };
    }

    /** The FRUS heading of the generated record: who sent it and to whom. */
    static String frusTitle(DocumentWriter.Facts f) {
        return "Telegram From the Embassy in " + f.place + " to the Department of State";
    }

    /** b02, b03: a summary paragraph, a date line and a title, nothing else before the text. */
    private Page plain() {
        variants.add(Variant.LAYOUT_PLAIN);
        String date = monthDayYear(f.from);
        return new Page(f.summary + "\n" + date + "\n" + f.title + "\n\n", new Stated("plain", date, "", null, List.of(),
                List.of(), null, null, f.summary, null, null, null, List.of(warning("no-citation", "no citation or source line"),
                        warning("no-language", "no original language"))));
    }

    /** The date line of a web page: "October 20, 1956" or zero-padded "July 09, 1956"; two days of one month for a range. */
    private String pageDate() {
        if (!f.to.equals(f.from)) {
            return f.from.getDayOfMonth() + " and " + f.to.getDayOfMonth() + " "
                    + Vocabulary.MONTHS.get(f.from.getMonthValue() - 1) + " " + f.from.getYear();
        }
        if (dice.chance(0.5)) return monthDayYear(f.from);
        return Vocabulary.MONTHS.get(f.from.getMonthValue() - 1) + " " + String.format("%02d", f.from.getDayOfMonth()) + ", "
                + f.from.getYear();
    }

    /** "“Title,” Month D, YYYY, Repository, F. 1, …, compiled by X. Published in …", the comma inside the quotes. */
    private String citation(boolean curlyAllowed) {
        boolean curly = curlyAllowed && dice.chance(0.5);
        if (curly) variants.add(Variant.CURLY_QUOTES);
        StringBuilder c = new StringBuilder(curly ? "“" + f.title + ",”" : "\"" + f.title + ",\"");
        c.append(' ').append(monthDayYear(f.from)).append(", ").append(f.repository).append(", ").append(f.reference.text());
        if (f.compiler != null) c.append(", compiled by ").append(f.compiler).append(".");
        if (f.publishedText != null) c.append(" ").append(f.publishedText);
        return c.toString().strip();
    }

    private String urls() {
        StringBuilder out = new StringBuilder();
        for (String url : f.urls) out.append(' ').append(url);
        return out.toString();
    }

    private static Warning warning(String code, String message) {
        return new Warning(code, message, 1);
    }

    static String monthDayYear(LocalDate d) {
        return Vocabulary.MONTHS.get(d.getMonthValue() - 1) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }
}
