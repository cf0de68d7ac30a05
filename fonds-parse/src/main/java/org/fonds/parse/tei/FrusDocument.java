package org.fonds.parse.tei;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.WarningCode;
import org.fonds.parse.dates.Dates;
import org.fonds.parse.describe.Kinds;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Description;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.fonds.record.PersonLink;
import org.fonds.record.PublishedIn;
import org.fonds.record.VolumePerson;
import org.fonds.record.Warning;
import org.w3c.dom.Element;

/**
 * One {@code div[@type='document']} of a FRUS volume as a record. The editors mark what the text
 * exports leave to guessing, so this reads the markup, not the words: the title is the {@code head}
 * (without its number and footnote); date and place are the {@code dateline}'s as written, since
 * {@code @frus:doc-dateTime-min} gives Washington's time ("Budapest, October 23, 1956—midnight" is
 * 22 October 18:00 there); the attributes date a document only without a dateline, and only when
 * they name one day (an editorial note carries the volume's whole span); senders and addressees are
 * the head's {@code gloss} and {@code persName} of type from/to; the source note (the head's
 * {@code note[@type='source']}) is the citation, its first sentence the archive's file reference,
 * its marking the classification; every other footnote is a note whose marker stands in the body.
 */
final class FrusDocument {
    static final String LAYOUT = "frus-tei";
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,5}\\.\\s+");
    /** Security markings as FRUS source notes write them, longest first. */
    private static final List<String> MARKINGS = List.of("Top Secret", "Limited Official Use", "Official Use Only",
            "Secret", "Confidential", "Unclassified", "Restricted");

    private final VolumeHeader volume;
    private final Element div;
    private final String pages;
    private final List<Note> notes = new ArrayList<>();
    private final List<NoteMarker> markers = new ArrayList<>();
    private final List<PersonLink> links = new ArrayList<>();
    private final Map<String, VolumePerson> linked = new LinkedHashMap<>();
    private final List<Warning> warnings = new ArrayList<>();
    private Element sourceNote;

    private FrusDocument(VolumeHeader volume, Element div, String pages) {
        this.volume = volume;
        this.div = div;
        this.pages = pages;
    }

    /** @param pages the printed pages the document stands on ("260-263"), or null */
    static ArchiveRecord read(VolumeHeader volume, Element div, String pages) {
        return new FrusDocument(volume, div, pages).record();
    }

    private ArchiveRecord record() {
        String docId = FrusText.xmlId(div);
        Element head = FrusText.child(div, "head");
        String title = head == null ? "" : title(head);
        String citation = sourceNote == null ? "" : TeiText.inline(sourceNote, new Links("citation", 0));
        String body = TeiText.of(div, head, new Body());
        Element dateline = FrusText.first(div, "dateline");
        String dateText = dateline == null ? "" : TeiText.inline(dateline, new Dateline());
        List<NoteMarker> bodyMarkers = new ArrayList<>();
        for (NoteMarker m : markers) bodyMarkers.add(new NoteMarker(m.n(), Math.min(m.offset(), body.length())));
        bodyMarkers.sort(java.util.Comparator.comparingInt(NoteMarker::offset)); // a dateline's note stands first
        LocalDate date = dateline == null ? null : Dates.find(dateText).map(Dates.Found::from).orElse(null);
        if (dateline == null) {
            LocalDate[] span = attributeSpan();
            if (span != null && span[0].equals(span[1])) date = span[0];
        }
        if (date == null) warnings.add(warning(WarningCode.DATE_UNPARSED, dateline != null
                ? "the dateline names no day: " + dateText : "no dateline, and frus:doc-dateTime names no one day"));
        String url = VolumeHeader.HISTORICAL_DOCUMENTS + volume.id() + "/" + docId;
        String number = div.getAttribute("n");
        List<ArchivalReference> refs = reference(citation);
        ArchiveRecord r = new ArchiveRecord(volume.id() + "-" + docId, title, date == null ? null : date.toString(), null,
                dateText, volume.distributor(), url, List.of(url), docId, citation, refs, null,
                new PublishedIn(volume.citedTitle(), number.isEmpty() ? null : "doc. " + number, pages, null),
                "", null, null, List.of(), List.of(), List.of(), List.of(), body, notes, bodyMarkers, warnings, List.of());
        r = r.describedAs(new Description(LAYOUT, kind(title), marked(head, "from"), marked(head, "to"),
                place(dateline, dateText), classification(citation), List.of(), null));
        return r.withPersons(new ArrayList<>(linked.values()), links);
    }

    /** The head's text without its footnotes and its number ("97. "); its source note is kept aside. */
    private String title(Element head) {
        List<PersonLink> inHead = new ArrayList<>();
        String text = TeiText.inline(head, new TeiText.Listener() {
            @Override
            public void note(Element note, int offset) {
                if (sourceNote == null && ("source".equals(note.getAttribute("type")) || notes.isEmpty())) {
                    sourceNote = note;
                } else {
                    FrusDocument.this.note(note, offset, false);
                }
            }

            @Override
            public void person(Element persName, String form, int offset) {
                inHead.add(link(persName, form, "title", 0, offset));
            }
        });
        Matcher m = NUMBER.matcher(text);
        int cut = m.find() ? m.end() : 0;
        for (PersonLink l : inHead) links.add(new PersonLink(l.ref(), l.form(), l.part(), l.note(), Math.max(0, l.offset() - cut)));
        return text.substring(cut);
    }

    private void note(Element note, int offset, boolean inBody) {
        int n = number(note);
        if (n < 1) {
            warnings.add(warning(WarningCode.NOTE_SEQUENCE, "a footnote without a number: " + FrusText.xmlId(note)));
            return;
        }
        String text = TeiText.inline(note, new Links("note", n));
        notes.add(new Note(n, text, List.of()));
        if (inBody) markers.add(new NoteMarker(n, offset));
    }

    private static int number(Element note) {
        try {
            return Integer.parseInt(note.getAttribute("n").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private PersonLink link(Element persName, String form, String part, int note, int offset) {
        String corresp = persName.getAttribute("corresp").strip();
        String ref = null;
        if (corresp.startsWith("#")) {
            VolumePerson p = volume.persons().get(corresp.substring(1));
            if (p != null) {
                ref = p.ref();
                linked.putIfAbsent(ref, p);
            } else {
                warnings.add(warning(WarningCode.PERSON_UNKNOWN, "persName points to " + corresp + ", not in the list of persons"));
            }
        }
        return new PersonLink(ref, form, part, note, offset);
    }

    /** A warning on no line: the document's place is its div, and its source starts at line 1. */
    private static Warning warning(WarningCode code, String message) {
        return new Warning(code.code(), message, 0);
    }

    /** Notes and names in the body. */
    private final class Body implements TeiText.Listener {
        @Override
        public void note(Element note, int offset) {
            FrusDocument.this.note(note, offset, true);
        }

        @Override
        public void person(Element persName, String form, int offset) {
            links.add(link(persName, form, "body", 0, offset));
        }
    }

    /** A footnote on the dateline (which the body leaves out) is marked where the body begins. */
    private final class Dateline implements TeiText.Listener {
        @Override
        public void note(Element note, int offset) {
            FrusDocument.this.note(note, 0, true);
        }

        @Override
        public void person(Element persName, String form, int offset) {
        }
    }

    /** Names in a note or the citation; a note inside a note is passed over. */
    private final class Links implements TeiText.Listener {
        private final String part;
        private final int n;

        Links(String part, int n) {
            this.part = part;
            this.n = n;
        }

        @Override
        public void note(Element note, int offset) {
        }

        @Override
        public void person(Element persName, String form, int offset) {
            links.add(link(persName, form, part, n, offset));
        }
    }

    /** The days of {@code frus:doc-dateTime-min/max}, each as written (its own offset), or null. */
    private LocalDate[] attributeSpan() {
        try {
            String min = div.getAttributeNS(FrusText.FRUS, "doc-dateTime-min");
            String max = div.getAttributeNS(FrusText.FRUS, "doc-dateTime-max");
            if (min.isEmpty() || max.isEmpty()) return null;
            return new LocalDate[] {OffsetDateTime.parse(min).toLocalDate(), OffsetDateTime.parse(max).toLocalDate()};
        } catch (DateTimeParseException e) {
            warnings.add(warning(WarningCode.DATE_UNPARSED, "frus:doc-dateTime: " + e.getParsedString()));
            return null;
        }
    }

    /** The first sentence of the source note: the archive and its file ("Department of State, Central Files, 764.00/10–2356"). */
    private static List<ArchivalReference> reference(String citation) {
        String s = citation.replaceFirst("^Source:\\s*", "");
        if (s.isEmpty()) return List.of();
        int end = s.indexOf(". ");
        String text = (end < 0 ? s.replaceFirst("\\.$", "") : s.substring(0, end)).strip();
        int comma = text.indexOf(',');
        String archive = comma < 0 ? text : text.substring(0, comma).strip();
        return List.of(new ArchivalReference(archive, null, null, null, null, null, text));
    }

    /** The marking the source note gives after the file reference ("Confidential; Priority."), or null. */
    private static String classification(String citation) {
        for (String sentence : citation.split("(?<=\\.)\\s+")) {
            for (String marking : MARKINGS) {
                if (sentence.startsWith(marking) && (sentence.length() == marking.length()
                        || !Character.isLetter(sentence.charAt(marking.length())))) {
                    return marking;
                }
            }
        }
        return null;
    }

    private String kind(String title) {
        if ("editorial-note".equals(div.getAttribute("subtype"))) return "note";
        if (title.toLowerCase(Locale.ROOT).startsWith("transcript")) return "transcript";
        return Kinds.of(title, List.of(), false);
    }

    /** The head's {@code gloss} and {@code persName} of the given type, as written. */
    private static List<String> marked(Element head, String type) {
        List<String> out = new ArrayList<>();
        if (head == null) return out;
        for (String name : List.of("gloss", "persName", "orgName")) {
            for (Element e : FrusText.descendants(head, name, "note")) {
                if (type.equals(e.getAttribute("type"))) out.add(FrusText.collapse(e.getTextContent()));
            }
        }
        return out;
    }

    /** The dateline's {@code placeName}, else what precedes its first comma. */
    private static String place(Element dateline, String dateText) {
        if (dateline == null) return null;
        Element placeName = FrusText.first(dateline, "placeName");
        if (placeName != null) return FrusText.collapse(placeName.getTextContent());
        int comma = dateText.indexOf(',');
        return comma > 0 ? dateText.substring(0, comma).strip() : null;
    }
}
