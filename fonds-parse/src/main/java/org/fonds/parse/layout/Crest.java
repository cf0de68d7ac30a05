package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import org.fonds.parse.dates.Dates;

/**
 * The CIA's CREST reading room: the title, then metadata labels each with its value on the next
 * line ("Publication Date:" / "March 13, 1950"), then "Body:" and an OCR text. Of its three dates
 * (creation of the digital copy, release, publication) the publication date is the document's.
 */
final class Crest implements Layout {
    @Override
    public String name() {
        return "crest";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> l.startsWith("Document Number (FOIA)") || l.contains("CIA-RDP")
                || l.equals("Document Release Date:"));
    }

    /** The page's labels, in the order it sets them; an excerpt may keep them without their values. */
    private static final java.util.Set<String> LABELS = java.util.Set.of("Document Type:", "Collection:",
            "Document Number (FOIA) /ESDN (CREST):", "Release Decision:", "Original Classification:", "Document Page Count:",
            "Document Creation Date:", "Document Release Date:", "Sequence Number:", "Case Number:", "Publication Date:",
            "Content Type:");

    /**
     * The first line, where it is the title. An excerpt cut above the title opens with a label ("Document Type:"), which
     * is none: the title is then what the OCR text's heading says (its subject, or the meeting it records), else empty
     * and the record says so; never the release stamp the OCR text opens with.
     */
    @Override
    public Optional<String> title(List<Line> head) {
        if (head.isEmpty()) return Optional.empty();
        String first = head.get(0).text();
        if (!LABELS.contains(first)) return Optional.of(first);
        int start = bodyStart(head);
        return Optional.of(start < 0 ? "" : CrestHeading.title(CrestHeading.ocr(head, start)).orElse(""));
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        return value(head, "Publication Date:").flatMap(Dates::find);
    }

    /** The copy's creation and release dates stand above the publication date, each a line that is only a date. */
    @Override
    public boolean ownDateFirst() {
        return true;
    }

    @Override
    public Optional<String> classification(List<Line> head) {
        return value(head, "Original Classification:");
    }

    /**
     * "Content Type:" / "LETTER": the reading room's catalogue says a letter is one where its title may not ("DEAR BRENT:",
     * a letter's salutation as its title). Its other types ("MEMO", "MF", "REPORT") are too broad to name a kind: the
     * title's words tell those ("MINUTES OF 11 DECEMBER 1978 MEETING", catalogued "MEMO").
     */
    @Override
    public Optional<String> kind(List<Line> head) {
        Optional<String> letter = value(head, "Content Type:").filter("LETTER"::equalsIgnoreCase).map(v -> "letter");
        if (letter.isPresent()) return letter;
        // "IR": an intelligence report ("LE DUAN AND THE POST - HO CHI MINH LEADERSHIP", catalogued "IR", had no kind)
        if (value(head, "Content Type:").filter("IR"::equals).isPresent()) return Optional.of("report");
        // "CURRENT INTELLIGENCE BULLETIN - 1956/10/26", "DAILY DIGEST": the Agency's periodical summaries of reports, which
        // the 2019 releases catalogue with no content type at all
        Optional<String> title = title(head);
        if (title.isPresent() && (title.get().contains("BULLETIN") || title.get().contains("DIGEST"))) return Optional.of("report");
        // "MEMORANDUM OF CONVERSATION" heading the OCR text: the catalogue's "MEMO" and a title that is the paper's
        // subject ("Latin American Situations") do not say so
        int start = bodyStart(head);
        return start >= 0 && CrestHeading.conversation(CrestHeading.ocr(head, start))
                ? Optional.of("memorandum of conversation") : Optional.empty();
    }

    /**
     * The reading room titles a paper in capitals with its sender and addressee: "LETTER TO THE PRESIDENT FROM WILLIAM J.
     * CASEY", "MEMORANDUM FOR THE RECORD FROM L. K. WHITE". The title's readers look for "from"/"to" in lower case, so
     * the catalogue's capitals named no one; only a title that opens with a paper's kind is read, so that "TRIP TO
     * MOSCOW" names no addressee.
     */
    @Override
    public List<String> from(List<Line> head) {
        return titled(head).map(t -> CapitalTitle.after(t, " FROM ", " TO ")).stream().flatMap(List::stream).toList();
    }

    /** The memorandum's writer above its first redaction mark, where its heading is a "MEMORANDUM FOR:". */
    @Override
    public List<String> signer(String body) {
        return CrestMemorandum.signer(body);
    }

    /** The title's addressee; where the title names no party, the memorandum's own "MEMORANDUM FOR:" lines. */
    @Override
    public List<String> to(List<Line> head) {
        if (titled(head).isPresent()) return titled(head).map(Crest::addressees).orElse(List.of());
        int start = bodyStart(head);
        return start < 0 ? List.of() : CrestMemorandum.addressees(head, lineAt(head, start));
    }

    /**
     * The title's addressee after "TO", or after a memorandum's "FOR": "MEMORANDUM FOR DEPUTY DIRECTOR (INTELLIGENCE) FROM
     * MARSHALL S. CARTER" is addressed as its heading "MEMORANDUM FOR: Deputy Director (Intelligence)" is. "FOR THE
     * RECORD" names no one.
     */
    private static List<String> addressees(String title) {
        List<String> to = CapitalTitle.after(title, " TO ", " FROM ");
        if (!to.isEmpty() || !title.startsWith("MEMORANDUM FOR ") || title.startsWith("MEMORANDUM FOR THE RECORD")) return to;
        return CapitalTitle.after(title, " FOR ", " FROM ");
    }

    /** The index of the first line starting at or after the source offset {@code start}. */
    private static int lineAt(List<Line> head, int start) {
        int i = 0;
        while (i < head.size() && head.get(i).start() < start) i++;
        return i;
    }

    private Optional<String> titled(List<Line> head) {
        return title(head).filter(CapitalTitle::namesParties);
    }

    @Override
    public boolean linesAreParagraphs() {
        return false;
    }

    /** The value of a label, on the line after it; none if that line is another label. */
    static Optional<String> value(List<Line> head, String label) {
        for (int i = 0; i + 1 < head.size(); i++) {
            if (head.get(i).text().equalsIgnoreCase(label)) {
                String v = head.get(i + 1).text();
                return v.endsWith(":") ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the text starts: after "Body:"; without it (an excerpt whose labels lost their values), after the last label
     * and the values, dates and attachment lines under it ("Attachment | Size |", "PDF icon CIA-RDP….pdf117.19 KB").
     */
    @Override
    public int bodyStart(List<Line> head) {
        int lastLabel = -1;
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text();
            if (t.equals("Body:")) return i + 1 < head.size() ? head.get(i + 1).start() : head.get(i).end();
            if (LABELS.contains(t)) lastLabel = i;
        }
        if (lastLabel < 0) return -1;
        int i = lastLabel + 1;
        while (i < head.size() && metadataValue(head.get(i).text())) i++;
        return i < head.size() ? head.get(i).start() : -1;
    }

    /** A label's value or the attachment's line under the labels: a date, a short code ("MEMO", "RIFPUB", "2"), a file. */
    private static boolean metadataValue(String t) {
        return t.length() <= 12 && t.indexOf(' ') < 0 || t.startsWith("Attachment |") || t.startsWith("![]()")
                || t.startsWith("PDF icon") || t.length() <= 40 && Dates.whole(t).isPresent();
    }
}
