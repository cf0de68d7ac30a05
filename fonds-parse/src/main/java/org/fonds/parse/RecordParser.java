package org.fonds.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.parse.citation.Citation;
import org.fonds.parse.citation.CitationParser;
import org.fonds.parse.contents.Contents;
import org.fonds.parse.contents.ContentsParser;
import org.fonds.parse.dates.DateMentions;
import org.fonds.parse.dates.Dates;
import org.fonds.parse.decode.Decoded;
import org.fonds.parse.decode.Decoder;
import org.fonds.parse.decode.KnownFormats;
import org.fonds.parse.header.Label;
import org.fonds.parse.html.HtmlPage;
import org.fonds.parse.html.WebArchive;
import org.fonds.parse.office.OpenDocumentText;
import org.fonds.parse.office.WordDocument;
import org.fonds.parse.pdf.PdfFile;
import org.fonds.parse.header.Sections;
import org.fonds.parse.header.TitleBlock;
import org.fonds.parse.layout.Header;
import org.fonds.parse.layout.Layout;
import org.fonds.parse.layout.Layouts;
import org.fonds.parse.layout.Line;
import org.fonds.parse.layout.PageReader;
import org.fonds.parse.layout.Trailer;
import org.fonds.parse.layout.TrailingButtons;
import org.fonds.parse.layout.Unwrapped;
import org.fonds.parse.layout.DocumentInformation;
import org.fonds.parse.session.SpeakerLists;
import org.fonds.parse.session.Participants;
import org.fonds.parse.session.ProtocolRefs;
import org.fonds.parse.session.Turns;
import org.fonds.parse.text.Chars;
import org.fonds.parse.text.Markup;
import org.fonds.parse.text.SourceText;
import org.fonds.parse.citation.ArchivalReferences;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.DateMention;
import org.fonds.record.DateRange;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.fonds.record.Turn;
import org.fonds.record.Warning;

/**
 * Reads one export file into a record, or refuses it. Thread-safe and stateless; never throws for
 * any input (a bug that would throw is caught and reported as a refusal naming the parser).
 */
public final class RecordParser {
    /** Bumped whenever the same input may parse to a different record; the store keys versions on it. */
    public static final String VERSION = "2";

    private final Decoder decoder = new Decoder();

    public ParseOutcome parse(String sourceName, byte[] bytes) {
        if (PdfFile.isPdf(bytes)) return pdf(sourceName, bytes);
        if (WordDocument.isDocx(bytes)) return word(sourceName, WordDocument.read(bytes));
        if (OpenDocumentText.isOdt(bytes)) return word(sourceName, OpenDocumentText.read(bytes));
        Decoder.Result decoded = decoder.decodeOnly(bytes);
        if (decoded instanceof Decoder.Refused refused) {
            return new ParseOutcome.Refused(sourceName, named(refused.refusal(), bytes));
        }
        Decoded text = ((Decoder.Text) decoded).decoded();
        ParseOutcome outcome = parseChecked(sourceName, text.text());
        if ((text.fallback() || text.truncated()) && outcome instanceof ParseOutcome.Accepted accepted) {
            List<Warning> warnings = new ArrayList<>();
            warnings.add(text.truncated()
                    ? new Warning(WarningCode.TRUNCATED.code(), "the file ends in the middle of a character",
                            Math.max(1, text.firstNonUtf8Line()))
                    : new Warning(WarningCode.ENCODING_FALLBACK.code(), "not UTF-8; read as " + text.charset(),
                            Math.max(1, text.firstNonUtf8Line())));
            warnings.addAll(accepted.record().warnings());
            return new ParseOutcome.Accepted(sourceName, accepted.record().withWarnings(warnings));
        }
        if (outcome instanceof ParseOutcome.Refused refused) return new ParseOutcome.Refused(sourceName, named(refused.refusal(), bytes));
        return outcome;
    }

    /** A word processor's file: read as its text, footnotes numbered at the end; one that cannot be opened refused saying why. */
    private ParseOutcome word(String sourceName, WordDocument.Result read) {
        return switch (read) {
            case WordDocument.Unreadable u -> refused(sourceName, RefusalCode.BINARY, u.reason());
            case WordDocument.Text t -> parseChecked(sourceName, t.text());
        };
    }

    /** A file read outside the decoder (a PDF, an office file, a page) refused as a whole: the line is its first. */
    private static ParseOutcome refused(String sourceName, RefusalCode code, String message) {
        return new ParseOutcome.Refused(sourceName, new Refusal(code, message, 1));
    }

    /** A refusal of binary data that says what the file is where its first bytes tell (an image, a Word file). */
    private static Refusal named(Refusal refusal, byte[] bytes) {
        if (refusal.code() != RefusalCode.BINARY && refusal.code() != RefusalCode.UNDECODABLE) return refusal;
        String what = KnownFormats.describe(bytes);
        return what == null ? refusal : new Refusal(RefusalCode.BINARY, what, 1);
    }

    /**
     * A PDF: read as the text of its pages; its warnings' lines are those of that text. A scan without a text layer
     * gives no letters and is refused saying so; a locked or broken PDF is refused with PDFBox's reason.
     */
    private ParseOutcome pdf(String sourceName, byte[] bytes) {
        try {
            return switch (PdfFile.read(bytes)) {
                case PdfFile.Unreadable u -> refused(sourceName, RefusalCode.BINARY, u.reason());
                case PdfFile.Text t when !hasLetter(t.text()) -> refused(sourceName, RefusalCode.NO_TEXT, "a PDF of " + t.pages()
                        + (t.pages() == 1 ? " page" : " pages") + " with no text layer (a scan): run OCR on it (e.g. ocrmypdf) and give the result");
                case PdfFile.Text t -> parseChecked(sourceName, t.text());
            };
        } catch (StackOverflowError | OutOfMemoryError e) {
            // a hostile PDF's nesting or sizes: PDFBox's recursion or buffers, caught like a parser bug, nothing kept
            return refused(sourceName, RefusalCode.BINARY, "a PDF that cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    public ParseOutcome parseText(String sourceName, String text) {
        return parse(sourceName, text, false);
    }

    /** A decoded file's text: refused first where the decoder refuses it (blank, binary), from the control chars normalising counted. */
    private ParseOutcome parseChecked(String sourceName, String text) {
        return parse(sourceName, text, true);
    }

    private ParseOutcome parse(String sourceName, String text, boolean checked) {
        try {
            SourceText src = new SourceText(sourceName, text);
            Decoder.Refused refused = checked ? Decoder.check(text, src.rawControls(), src.firstRawControl()) : null;
            if (refused != null) return new ParseOutcome.Refused(sourceName, refused.refusal());
            if (HtmlPage.isPage(src.text())) return page(sourceName, HtmlPage.read(src.text()));
            if (WebArchive.isArchive(src.text())) {
                Optional<HtmlPage> saved = WebArchive.read(text); // the raw text: its parts' bytes as saved
                if (saved.isPresent()) return page(sourceName, saved.get());
            }
            return new Reading(src).read();
        } catch (RuntimeException | StackOverflowError | ExceptionInInitializerError e) {
            // A parser bug must not lose the input or crash a batch: keep the text whole, say it is ours.
            if (!hasLetter(text)) {
                return new ParseOutcome.Refused(sourceName, new Refusal(RefusalCode.NO_TEXT, "no letters: this is not a text", 1));
            }
            return new ParseOutcome.Accepted(sourceName, wholeText(sourceName, text, e));
        }
    }

    /**
     * A saved web page: read as the text it shows, at the address it names where its text gives none. Its warnings'
     * lines are those of the shown text. A page that shows no letters (its text made by scripts in a browser) is
     * refused with that reason, not as binary.
     */
    private static ParseOutcome page(String sourceName, HtmlPage page) {
        if (!hasLetter(page.text())) {
            return refused(sourceName, RefusalCode.NO_TEXT, "an HTML page that shows no text"
                    + " (a page whose text its scripts make in a browser): save it as the browser shows it, or copy its text");
        }
        ParseOutcome outcome = new Reading(new SourceText(sourceName, page.text())).read();
        if (!(outcome instanceof ParseOutcome.Accepted accepted) || page.address().isEmpty()
                || !accepted.record().sourceUrls().isEmpty()) {
            return outcome;
        }
        ArchiveRecord r = accepted.record();
        List<String> urls = List.of(page.address().get());
        String id = DocumentIds.of(urls, r.repository().isEmpty() ? null : r.repository(), r.title(), String.valueOf(r.date()),
                r.citation(), r.body());
        List<Warning> warnings = r.warnings().stream().filter(w -> !WarningCode.NO_URL.code().equals(w.code())).toList();
        return new ParseOutcome.Accepted(sourceName, r.atAddress(id, urls, DocumentIds.archiveDocumentId(urls)).withWarnings(warnings));
    }

    /** The record of a text the parser failed on: its first words as title, all of it as body. */
    private static ArchiveRecord wholeText(String sourceName, String text, Throwable e) {
        return wholeText(sourceName, text, "the parser failed on this input (" + e.getClass().getSimpleName() + ")");
    }

    /**
     * What {@link TimedParser} gives for a file the parser did not finish: its decoded text kept whole, as for a parser
     * failure, where it decodes to letters; else a refusal saying why (a PDF or office file whose reading stalled).
     */
    static ParseOutcome unfinished(String sourceName, byte[] bytes, String why) {
        if (!PdfFile.isPdf(bytes) && !WordDocument.isDocx(bytes) && !OpenDocumentText.isOdt(bytes)
                && new Decoder().decodeOnly(bytes) instanceof Decoder.Text decoded && hasLetter(decoded.decoded().text())) {
            return new ParseOutcome.Accepted(sourceName, wholeText(sourceName, decoded.decoded().text(), why));
        }
        return refused(sourceName, RefusalCode.BINARY, why + " reading this file; it is kept; please report it");
    }

    private static ArchiveRecord wholeText(String sourceName, String text, String failure) {
        SourceText src = new SourceText(sourceName, text);
        String title = FirstWords.of(PageReader.lines(src, 0, src.text().length(), 1), sourceName);
        String body = src.text().strip();
        Warning failed = new Warning(WarningCode.PARSER_FAILED.code(), failure + "; the text is kept whole; please report it", 1);
        return new ArchiveRecord(DocumentIds.of(List.of(), null, title, "null", "", body), title, null, null, "", "", null,
                List.of(), null, "", List.of(), null, null, "", null, null, List.of(), List.of(), List.of(), List.of(), body,
                List.of(), List.of(), List.of(failed), List.of()).describedAs(org.fonds.record.Description.plain());
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) return true;
        }
        return false;
    }

    /** The reading of one source: each step a method, warnings gathered as it goes. */
    private static final class Reading {
        private final SourceText src;
        private final List<Warning> warnings = new ArrayList<>();
        /** The citation a layout's source line gives (FRUS's file line), taken where no source note gives one. */
        private Citation sourceLine;
        /** The source note a layout sets above the text (FRUS's older sites), taken as note 1's would be. */
        private String headSourceNote;

        Reading(SourceText src) {
            this.src = src;
        }

        ParseOutcome read() {
            if (!hasLetter(src.text())) {
                return refuse(RefusalCode.NO_TEXT, "no letters: this is not a text", 1);
            }
            int dtd = XmlGuard.declarationLine(src.text());
            if (dtd > 0) {
                return refuse(RefusalCode.XML_DTD, "XML with a document type or entity declaration is refused:"
                        + " entities are never expanded or fetched", dtd);
            }
            List<Line> lines = PageReader.lines(src, 0, src.text().length(), Layouts.HEAD_LINES);
            // the last lines are cleaned and read only where a label of the current page's block stands among them
            List<Line> tail = DocumentInformation.mayEndWithBlock(src.text())
                    ? PageReader.lastLines(src, lines, Layouts.TAIL_LINES) : List.of();
            Layout layout = Layouts.detect(lines, tail);
            Optional<Trailer> trailer = layout.trailer(tail);
            // the header is read from the lines above the block after the text, so a short page reads as a long one
            List<Line> head = trailer.map(t -> above(lines, t.textEnd())).orElse(lines);
            Optional<Sections> split = readsByLabels(layout) ? Sections.split(src.text()) : Optional.empty();
            int wrapWidth = Unwrapped.width(lines);
            Frame frame = split.map(s -> labelled(s, layout, wrapWidth))
                    .orElseGet(() -> unlabelled(head, layout, trailer.orElse(null), wrapWidth));
            Contents contents = contents(frame, layout);
            frame = withSourceNote(frame, contents);
            String body = contents.body().toString();
            Optional<Frame> runTogether = body.isBlank() && contents.notes().isEmpty() ? RunTogether.split(src.text(), frame) : Optional.empty();
            if (runTogether.isPresent()) {
                frame = runTogether.get();
                contents = contents(frame, layout);
                body = contents.body().toString();
                warn(WarningCode.RUN_TOGETHER, "the text is run together on one line: it is taken to begin at the first speaker's label"
                        + " (or the omission mark before it)", src.lineAt(frame.contentsStart()));
            }
            Optional<Frame> whole = body.isBlank() && contents.notes().isEmpty() ? RunTogether.whole(src.text(), frame) : Optional.empty();
            if (whole.isPresent()) {
                frame = whole.get();
                contents = contents(frame, layout);
                body = contents.body().toString();
            }
            int from = frame.contentsStart();
            if (body.isBlank() && contents.notes().isEmpty()) {
                warn(WarningCode.NO_BODY, "no text could be told from the header: the whole record is kept as its header",
                        src.lineAt(Math.min(from, Math.max(0, src.text().length() - 1))));
            }
            String title = TitleBlock.cleanTitle(frame.title());
            if (title.isEmpty()) {
                warn(WarningCode.NO_TITLE, "no title line; the first words stand for it", 1);
                title = body.isBlank() ? FirstWords.of(head, src.name())
                        : FirstWords.of(List.of(new Line(0, 0, body.lines().findFirst().orElse(""))), src.name());
            }
            ArchiveRecord record = record(frame, title, contents, body, layout.hasTurns());
            boolean lists = record.speakers().size() > Turns.speakers(record.turns()).size();
            return new ParseOutcome.Accepted(src.name(), record.describedAs(
                    Descriptions.describe(layout, frame, title, body, head, lists)));
        }

        /**
         * A record nothing cites whose first footnote is FRUS's "Source: …" note: that note is its citation, and gives
         * its marking where the header has none; the warning that no citation stood is taken back.
         */
        private Frame withSourceNote(Frame frame, Contents contents) {
            if (frame.citation() != null) return frame;
            Optional<String> source = SourceNote.of(contents.notes());
            if (source.isEmpty()) source = Optional.ofNullable(headSourceNote);
            if (source.isEmpty()) return withSourceLine(frame);
            warnings.removeIf(w -> w.code().equals(WarningCode.NO_CITATION.code()));
            String marking = frame.classification() != null ? frame.classification() : SourceNote.classification(source.get());
            return new Frame(frame.title(), frame.date(), SourceNote.citation(source.get()), frame.summary(), frame.language(),
                    frame.contentsStart(), frame.contentsEnd(), marking, frame.sections());
        }

        /** The file line above the heading as the citation, where no source note gave one. */
        private Frame withSourceLine(Frame frame) {
            if (sourceLine == null) return frame;
            warnings.removeIf(w -> w.code().equals(WarningCode.NO_CITATION.code()));
            return new Frame(frame.title(), frame.date(), sourceLine, frame.summary(), frame.language(),
                    frame.contentsStart(), frame.contentsEnd(), frame.classification(), frame.sections());
        }

        private Contents contents(Frame frame, Layout layout) {
            int from = frame.contentsStart();
            // a site's button under the text ("[Show full text]") is none of it
            int to = TrailingButtons.textEnd(src.text(), from, frame.contentsEnd());
            // the older FRUS sites set their notes in slashes ("/1/Source: …" above the text, "Declaration/2/"): there the
            // numbered lines ending the text are its own points ("1. Dubcek regime can take …"), unless indented as
            // history.state.gov's footnotes are
            boolean frus = layout.name().equals("frus");
            return ContentsParser.parse(src, from, to, layout.linesAreParagraphs() && LineShape.linesAreParagraphs(src.text(), from),
                    frus, frus && headSourceNote != null);
        }

        /** Labels are trusted in the archive's exports and in PDF text of them; other pages are read by lines. */
        private static boolean readsByLabels(Layout layout) {
            return layout.name().equals("wcda-export") || layout.name().equals("pdf-text") || layout.name().equals("plain");
        }

        private Frame labelled(Sections sections, Layout layout, int wrapWidth) {
            Citation citation = citation(sections);
            boolean export = layout.name().equals("wcda-export");
            TitleBlock block = TitleBlock.read(src, sections.titleBlock());
            Header header = PageReader.read(src, sections.titleBlock().start(), sections.titleBlock().end(), layout, wrapWidth);
            if (citation == null && header.citation() != null) citation = CitationParser.parse(header.citation());
            String title = title(sections, export || header.title().isEmpty() ? block.title() : header.title(), citation);
            Dates.Found blockDate = export || header.date() == null ? block.date() : header.date();
            Dates.Found date = date(sections, blockDate, export ? block.dateOrigin() : header.dateOrigin(), citation, title);
            String summary = section(sections, Label.SUMMARY, Label.ABSTRACT, WarningCode.NO_SUMMARY, "no summary");
            if (summary.isEmpty()) summary = header.summary();
            return new Frame(title, date, citation, summary, language(sections, citation), sections.contents().start(),
                    src.text().length(), header.classification(), sections);
        }

        private static List<Line> above(List<Line> lines, int end) {
            int n = 0;
            while (n < lines.size() && lines.get(n).start() < end) n++;
            return lines.subList(0, n);
        }

        /**
         * @param head    the text's first lines, as layout detection read them: the header is among them
         * @param trailer what the layout sets after the text, or null: the summary, the source block
         */
        private Frame unlabelled(List<Line> head, Layout layout, Trailer trailer, int wrapWidth) {
            int end = trailer == null ? src.text().length() : trailer.textEnd();
            Header header = Turns.openText(head.stream().limit(6).map(Line::text).toList())
                    ? PageReader.noneAbove(head, layout, end) : PageReader.read(head, layout, end, wrapWidth);
            if (trailer != null) header = withTrailer(header, trailer);
            String cited = header.citation() != null ? header.citation() : trailer == null ? null : trailer.citation();
            Citation citation = cited == null ? null : CitationParser.parse(cited);
            // a FRUS file line above the heading cites the record where no "Source:" note does (withSourceNote)
            if (citation == null) sourceLine = layout.sourceLine(head).map(SourceNote::ofLine).orElse(null);
            if (citation == null) headSourceNote = layout.sourceNote(head).filter(s -> s.length() > 3).orElse(null);
            if (citation == null) warn(WarningCode.NO_CITATION, "no citation or source line", 1);
            String title = header.title();
            if (title.isEmpty() && citation != null) title = citedTitle(citation);
            Dates.Found date = header.date();
            if (date == null && citation != null) date = citation.date();
            if (date == null) date = BodyDates.first(src, header.bodyStart());
            if (date == null) warn(WarningCode.DATE_UNPARSED, "no date in the header, the title or the first lines", 1);
            if (header.summary().isEmpty()) warn(WarningCode.NO_SUMMARY, "no summary", 1);
            String language = trailer == null || trailer.language() == null ? language(null, citation) : Chars.trimEnd(trailer.language(), ".;");
            return new Frame(title, date, citation, header.summary(), language, header.bodyStart(),
                    header.bodyEnd(), header.classification(), null);
        }

        /**
         * The header with what follows the text: the summary where the header has none (and the paragraph
         * is not the only text there is), the text ended before the summary, or before the block.
         */
        private static Header withTrailer(Header h, Trailer t) {
            boolean summary = t.summaryStart() > h.bodyStart() && h.summary().isEmpty();
            // no summary taken: the paragraph before the block is text, up to the block
            int bodyEnd = summary || h.bodyEnd() < t.textEnd() ? h.bodyEnd() : t.blockStart();
            bodyEnd = Math.max(h.bodyStart(), bodyEnd);
            return new Header(h.title(), h.date(), h.dateOrigin(), h.citation(), summary ? t.summary() : h.summary(),
                    h.bodyStart(), bodyEnd, h.classification());
        }

        /** The title a citation gives: its quoted title, or the words before its date. */
        private static String citedTitle(Citation citation) {
            if (citation.quotedTitle() != null) return TitleBlock.cleanTitle(Chars.trimEnd(citation.quotedTitle(), ","));
            Optional<Dates.Found> d = Dates.find(citation.text());
            if (d.isPresent() && d.get().start() > 10) {
                return TitleBlock.cleanTitle(Chars.trimEnd(citation.text().substring(0, d.get().start()).strip(), ","));
            }
            return "";
        }

        private ArchiveRecord record(Frame frame, String title, Contents contents, String body, boolean hasTurns) {
            Dates.Found date = frame.date();
            Citation citation = frame.citation();
            List<Note> notes = notes(contents);
            List<Integer> lists = Participants.starts(body);
            List<String> listed = new ArrayList<>(Participants.find(body, lists));
            Participants.underHeading(body, contents.paragraphs()).stream().filter(n -> !listed.contains(n)).forEach(listed::add);
            if (listed.isEmpty() && title.startsWith("Memorandum of") && title.contains("Conversation")) {
                listed.addAll(Participants.headlessBullets(body, contents.paragraphs()));
                if (listed.isEmpty()) listed.addAll(Participants.plainLines(body, contents.paragraphs()));
            }
            if (listed.isEmpty()) listed.addAll(Participants.between(title)); // the parties a record of conversation names
            if (listed.isEmpty()) listed.addAll(Participants.journalParties(title)); // the diarist and the one he spoke with

            List<String> participants = Participants.withTitle(Participants.inTitle(title), listed);
            List<Turn> turns = hasTurns ? Turns.find(body, contents.paragraphs(), contents.markers(), lists, participants) : List.of();
            checkMarkers(contents);
            List<String> urls = citation == null ? List.of() : citation.urls();
            String citationText = citation == null ? "" : citation.text();
            String repository = citation == null ? null : citation.repository();
            if (citation != null && repository == null) warn(WarningCode.NO_REPOSITORY, "no archive named in the citation", sectionLine(frame.sections(), Label.CITATION));
            if (citation != null && urls.isEmpty()) warn(WarningCode.NO_URL, "no URL in the citation", sectionLine(frame.sections(), Label.CITATION));
            String iso = date == null ? null : date.from().toString();
            Integer year = date == null ? null : date.from().getYear();
            return new ArchiveRecord(
                    DocumentIds.of(urls, repository, title, String.valueOf(iso), citationText, body),
                    title,
                    iso,
                    date != null && date.isRange() ? new DateRange(date.from().toString(), date.to().toString()) : null,
                    date == null ? "" : date.text(),
                    repository == null ? "" : repository,
                    urls.isEmpty() ? null : urls.get(0),
                    urls,
                    DocumentIds.archiveDocumentId(urls),
                    citationText,
                    citation == null ? List.of() : citation.archivalReferences(),
                    citation == null ? null : citation.compiler(),
                    citation == null ? null : citation.publishedIn(),
                    frame.summary(),
                    frame.language(),
                    contents.translationLanguage(),
                    participants,
                    hasTurns ? SpeakerLists.speakers(turns, SpeakerLists.find(body, contents.paragraphs())) : List.of(),
                    turns,
                    ProtocolRefs.find(body, title),
                    body,
                    notes,
                    contents.markers(),
                    warnings,
                    mentions(body, notes, year));
        }

        private Citation citation(Sections sections) {
            Optional<Sections.Span> span = sections.first(Label.CITATION).or(() -> sections.first(Label.SOURCE));
            if (span.isEmpty()) {
                warn(WarningCode.NO_CITATION, "no citation or source block", 1);
                return null;
            }
            String text = Markup.flat(src, span.get().start(), span.get().end());
            // A source block beside a citation adds what the citation lacks (its URL, its references).
            if (sections.first(Label.CITATION).isPresent() && sections.first(Label.SOURCE).isPresent()) {
                Sections.Span source = sections.first(Label.SOURCE).get();
                Citation c = CitationParser.parse(text);
                Citation s = CitationParser.parse(Markup.flat(src, source.start(), source.end()));
                return merge(c, s);
            }
            return CitationParser.parse(text);
        }

        private static Citation merge(Citation c, Citation s) {
            Map<String, ArchivalReference> refs = new LinkedHashMap<>();
            c.archivalReferences().forEach(r -> refs.putIfAbsent(r.text(), r));
            s.archivalReferences().forEach(r -> refs.putIfAbsent(r.text(), r));
            List<String> urls = new ArrayList<>(c.urls());
            s.urls().stream().filter(u -> !urls.contains(u)).forEach(urls::add);
            return new Citation(c.text(), c.quotedTitle(), c.date() != null ? c.date() : s.date(),
                    c.repository() != null ? c.repository() : s.repository(), urls, new ArrayList<>(refs.values()),
                    c.compiler() != null ? c.compiler() : s.compiler(),
                    c.publishedIn() != null ? c.publishedIn() : s.publishedIn());
        }

        private String title(Sections sections, String blockTitle, Citation citation) {
            Optional<Sections.Span> label = sections.first(Label.TITLE);
            if (label.isPresent()) {
                String t = TitleBlock.cleanTitle(Markup.flat(src, label.get().start(), label.get().end()));
                if (!t.isEmpty()) return t;
            }
            if (!blockTitle.isEmpty()) return blockTitle;
            return citation == null ? "" : citedTitle(citation);
        }

        /** The date line, else a Date label, else the citation's date, else a date in the title. */
        private Dates.Found date(Sections sections, Dates.Found lineDate, int dateOrigin, Citation citation, String title) {
            Dates.Found found = lineDate;
            Optional<Sections.Span> label = sections.first(Label.DATE);
            if (found == null && label.isPresent()) {
                String written = Markup.flat(src, label.get().start(), label.get().end());
                found = Dates.find(written).orElse(null);
                if (found == null && !written.isBlank()) {
                    warn(WarningCode.DATE_UNPARSED, "cannot read the date \"" + written + "\"", src.lineAt(label.get().start()));
                }
            }
            Dates.Found cited = citation == null ? null : citation.date();
            if (found != null && cited != null && !found.from().equals(cited.from())) {
                warn(WarningCode.DATE_MISMATCH, "the date line says " + found.from() + " but the citation says "
                        + cited.from(), dateOrigin >= 0 ? src.lineAt(dateOrigin) : 1);
            }
            if (found == null) found = cited;
            if (found == null) found = Dates.find(title).orElse(null);
            if (found == null) warn(WarningCode.DATE_UNPARSED, "no date found in the date line, citation or title", 1);
            return Dates.widenedBy(found, title);
        }

        private String section(Sections sections, Label label, Label alternative, WarningCode missing, String what) {
            Optional<Sections.Span> span = sections.first(label).or(() -> sections.first(alternative));
            if (span.isEmpty()) {
                warn(missing, what, 1);
                return "";
            }
            return Markup.flat(src, span.get().start(), span.get().end());
        }

        /** The Original Language section, else "original in Russian" in the citation. */
        private String language(Sections sections, Citation citation) {
            String lang = sections == null ? "" : section(sections, Label.ORIGINAL_LANGUAGE, Label.LANGUAGE, WarningCode.NO_LANGUAGE,
                    "no original language");
            if (lang.isEmpty() && citation != null) lang = OriginalLanguage.inCitation(citation.text());
            if (sections == null && lang.isEmpty()) warn(WarningCode.NO_LANGUAGE, "no original language", 1);
            return lang.isEmpty() ? null : Chars.trimEnd(lang, ".;");
        }

        private List<Note> notes(Contents contents) {
            List<Note> notes = new ArrayList<>(contents.notes().size() + 1);
            // the older FRUS sites' "/1/Source: …" above the text is the document's first note, as history.state.gov's
            // "1. Source: …" under it is: counted where the text holds no note 1 of its own
            if (headSourceNote != null && contents.notes().stream().noneMatch(n -> n.n() == 1)) {
                String text = "Source: " + headSourceNote;
                notes.add(new Note(1, text, ArchivalReferences.findAll(text)));
            }
            for (Contents.NoteText n : contents.notes()) {
                String text = n.text().toString();
                notes.add(new Note(n.n(), text, ArchivalReferences.findAll(text)));
            }
            if (contents.notesHeading() && notes.isEmpty()) {
                warn(WarningCode.EMPTY_NOTES, "a notes heading with no notes under it", src.lineAt(contents.notesHeadingOrigin()));
            }
            return notes;
        }

        private void checkMarkers(Contents contents) {
            for (var orphan : contents.orphanMarkers()) {
                warn(WarningCode.MARKER_WITHOUT_NOTE, "marker (" + orphan.n() + ") has no note", src.lineAt(orphan.origin()));
            }
            java.util.Set<Integer> referenced = new java.util.HashSet<>();
            for (NoteMarker m : contents.markers()) referenced.add(m.n());
            for (Contents.NoteText n : contents.notes()) {
                if (!referenced.contains(n.n()) && !headingsSourceNote(n)) {
                    warn(WarningCode.NOTE_WITHOUT_MARKER, "note " + n.n() + " is never referenced in the contents",
                            src.lineAt(n.origin()));
                }
            }
        }

        /** FRUS's first note, "Source: …", is marked on the document's heading, not in its text. */
        private static boolean headingsSourceNote(Contents.NoteText n) {
            return n.n() == 1 && n.text().length() > 7 && n.text().subSequence(0, 7).toString().equals("Source:");
        }

        private static List<DateMention> mentions(String body, List<Note> notes, Integer year) {
            List<DateMention> all = new ArrayList<>(DateMentions.find(body, "body", year));
            for (Note n : notes) all.addAll(DateMentions.find(n.text(), "note " + n.n(), year));
            return all;
        }

        private int sectionLine(Sections sections, Label label) {
            if (sections == null) return 1;
            return sections.first(label).map(s -> src.lineAt(s.start())).orElse(1);
        }

        private void warn(WarningCode code, String message, int line) {
            warnings.add(new Warning(code.code(), message, Math.max(1, line)));
        }

        private ParseOutcome refuse(RefusalCode code, String message, int line) {
            return new ParseOutcome.Refused(src.name(), new Refusal(code, message, line));
        }
    }
}
