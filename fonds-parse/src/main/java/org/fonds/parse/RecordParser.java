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
import org.fonds.parse.header.Label;
import org.fonds.parse.header.Sections;
import org.fonds.parse.header.TitleBlock;
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
    public static final String VERSION = "1";

    private final Decoder decoder = new Decoder();

    public ParseOutcome parse(String sourceName, byte[] bytes) {
        Decoder.Result decoded = decoder.decode(bytes);
        if (decoded instanceof Decoder.Refused refused) {
            return new ParseOutcome.Refused(sourceName, refused.refusal());
        }
        Decoded text = ((Decoder.Text) decoded).decoded();
        ParseOutcome outcome = parseText(sourceName, text.text());
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
        return outcome;
    }

    public ParseOutcome parseText(String sourceName, String text) {
        try {
            return new Reading(new SourceText(sourceName, text)).read();
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not lose the input or crash a batch: refuse, and say it is ours.
            return new ParseOutcome.Refused(sourceName, new Refusal(RefusalCode.NO_CONTENTS,
                    "the parser failed on this input (" + e.getClass().getSimpleName() + "); please report it", 0));
        }
    }

    /** The reading of one source: each step a method, warnings gathered as it goes. */
    private static final class Reading {
        private final SourceText src;
        private final List<Warning> warnings = new ArrayList<>();

        Reading(SourceText src) {
            this.src = src;
        }

        ParseOutcome read() {
            Optional<Sections> split = Sections.split(src.text());
            if (split.isEmpty()) {
                return refuse(RefusalCode.NO_CONTENTS, "no contents: neither a Contents label nor a translation line", 1);
            }
            Sections sections = split.get();
            Citation citation = citation(sections);
            TitleBlock block = TitleBlock.read(src, sections.titleBlock());
            String title = title(sections, block, citation);
            if (title.isEmpty()) {
                return refuse(RefusalCode.NO_TITLE, "no title above the first label, in a Title label or in the citation", 1);
            }
            Contents contents = ContentsParser.parse(src, sections.contents().start(), src.text().length());
            String body = contents.body().toString();
            if (body.isBlank() && contents.notes().isEmpty()) {
                return refuse(RefusalCode.NO_CONTENTS, "the contents section is empty", src.lineAt(sections.contents().start()));
            }
            return new ParseOutcome.Accepted(src.name(), record(sections, block, title, citation, contents, body));
        }

        private ArchiveRecord record(Sections sections, TitleBlock block, String title, Citation citation,
                                     Contents contents, String body) {
            Dates.Found date = date(sections, block, citation, title);
            List<Note> notes = notes(contents);
            List<Integer> lists = Participants.starts(body);
            List<Turn> turns = Turns.find(body, contents.paragraphs(), contents.markers(), lists);
            checkMarkers(contents);
            List<String> urls = citation == null ? List.of() : citation.urls();
            String citationText = citation == null ? "" : citation.text();
            String repository = citation == null ? null : citation.repository();
            if (repository == null) warn(WarningCode.NO_REPOSITORY, "no archive named in the citation", sectionLine(sections, Label.CITATION));
            if (citation != null && urls.isEmpty()) warn(WarningCode.NO_URL, "no URL in the citation", sectionLine(sections, Label.CITATION));
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
                    section(sections, Label.SUMMARY, Label.ABSTRACT, WarningCode.NO_SUMMARY, "no summary"),
                    language(sections),
                    contents.translationLanguage(),
                    Participants.find(body, lists),
                    Turns.speakers(turns),
                    turns,
                    ProtocolRefs.find(body),
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

        private String title(Sections sections, TitleBlock block, Citation citation) {
            Optional<Sections.Span> label = sections.first(Label.TITLE);
            if (label.isPresent()) {
                String t = TitleBlock.cleanTitle(Markup.flat(src, label.get().start(), label.get().end()));
                if (!t.isEmpty()) return t;
            }
            if (!block.title().isEmpty()) return block.title();
            return citation == null || citation.quotedTitle() == null ? "" : TitleBlock.cleanTitle(citation.quotedTitle());
        }

        /** The date line, else a Date label, else the citation's date, else a date in the title. */
        private Dates.Found date(Sections sections, TitleBlock block, Citation citation, String title) {
            Dates.Found found = block.date();
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
                        + cited.from(), block.dateOrigin() >= 0 ? src.lineAt(block.dateOrigin()) : 1);
            }
            if (found == null) found = cited;
            if (found == null) found = Dates.find(title).orElse(null);
            if (found == null) warn(WarningCode.DATE_UNPARSED, "no date found in the date line, citation or title", 1);
            return found;
        }

        private String section(Sections sections, Label label, Label alternative, WarningCode missing, String what) {
            Optional<Sections.Span> span = sections.first(label).or(() -> sections.first(alternative));
            if (span.isEmpty()) {
                warn(missing, what, 1);
                return "";
            }
            return Markup.flat(src, span.get().start(), span.get().end());
        }

        private String language(Sections sections) {
            String lang = section(sections, Label.ORIGINAL_LANGUAGE, Label.LANGUAGE, WarningCode.NO_LANGUAGE, "no original language");
            return lang.isEmpty() ? null : Chars.trimEnd(lang, ".;");
        }

        private List<Note> notes(Contents contents) {
            List<Note> notes = new ArrayList<>(contents.notes().size());
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
                if (!referenced.contains(n.n())) {
                    warn(WarningCode.NOTE_WITHOUT_MARKER, "note " + n.n() + " is never referenced in the contents",
                            src.lineAt(n.origin()));
                }
            }
        }

        private static List<DateMention> mentions(String body, List<Note> notes, Integer year) {
            List<DateMention> all = new ArrayList<>(DateMentions.find(body, "body", year));
            for (Note n : notes) all.addAll(DateMentions.find(n.text(), "note " + n.n(), year));
            return all;
        }

        private int sectionLine(Sections sections, Label label) {
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
