package org.fonds.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One parsed document: the contract of spec/RECORD.md. Field names are fixed (outside tools read
 * them); fields after {@code warnings} are Fonds' own extensions.
 *
 * <p>Nullable fields are written as JSON {@code null} because the spec says "string or null";
 * {@code dateRange} is the one optional field and is omitted when absent.
 */
@JsonPropertyOrder({"id", "title", "date", "dateRange", "dateText", "repository", "sourceUrl", "sourceUrls",
        "archiveDocumentId", "citation", "archivalReferences", "compiler", "publishedIn", "summary",
        "originalLanguage", "translationLanguage", "participants", "speakers", "turns", "protocolRefs", "body",
        "notes", "noteMarkers", "warnings", "dateMentions", "layout", "kind", "from", "to", "place", "classification",
        "translators", "chair", "persons", "personLinks"})
public record ArchiveRecord(
        String id,
        String title,
        String date,
        @JsonInclude(JsonInclude.Include.NON_NULL) DateRange dateRange,
        String dateText,
        String repository,
        String sourceUrl,
        List<String> sourceUrls,
        String archiveDocumentId,
        String citation,
        List<ArchivalReference> archivalReferences,
        String compiler,
        PublishedIn publishedIn,
        String summary,
        String originalLanguage,
        String translationLanguage,
        List<String> participants,
        List<String> speakers,
        List<Turn> turns,
        List<ProtocolRef> protocolRefs,
        String body,
        List<Note> notes,
        List<NoteMarker> noteMarkers,
        List<Warning> warnings,
        List<DateMention> dateMentions,
        String layout,
        String kind,
        List<String> from,
        List<String> to,
        String place,
        String classification,
        List<String> translators,
        String chair,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VolumePerson> persons,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PersonLink> personLinks,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Correction> corrections) {

    public ArchiveRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        dateText = Objects.requireNonNullElse(dateText, "");
        repository = Objects.requireNonNullElse(repository, "");
        citation = Objects.requireNonNullElse(citation, "");
        summary = Objects.requireNonNullElse(summary, "");
        body = Objects.requireNonNullElse(body, "");
        sourceUrls = copy(sourceUrls);
        archivalReferences = copy(archivalReferences);
        participants = copy(participants);
        speakers = copy(speakers);
        turns = copy(turns);
        protocolRefs = copy(protocolRefs);
        notes = copy(notes);
        noteMarkers = copy(noteMarkers);
        warnings = copy(warnings);
        dateMentions = copy(dateMentions);
        layout = Objects.requireNonNullElse(layout, "plain");
        from = copy(from);
        to = copy(to);
        translators = copy(translators);
        persons = copy(persons);
        personLinks = copy(personLinks);
        corrections = copy(corrections);
    }

    /** A record no editor has corrected: what the parser makes. */
    public ArchiveRecord(String id, String title, String date, DateRange dateRange, String dateText, String repository,
                         String sourceUrl, List<String> sourceUrls, String archiveDocumentId, String citation,
                         List<ArchivalReference> archivalReferences, String compiler, PublishedIn publishedIn,
                         String summary, String originalLanguage, String translationLanguage, List<String> participants,
                         List<String> speakers, List<Turn> turns, List<ProtocolRef> protocolRefs, String body,
                         List<Note> notes, List<NoteMarker> noteMarkers, List<Warning> warnings,
                         List<DateMention> dateMentions, String layout, String kind, List<String> from, List<String> to,
                         String place, String classification, List<String> translators, String chair,
                         List<VolumePerson> persons, List<PersonLink> personLinks) {
        this(id, title, date, dateRange, dateText, repository, sourceUrl, sourceUrls, archiveDocumentId, citation,
                archivalReferences, compiler, publishedIn, summary, originalLanguage, translationLanguage, participants,
                speakers, turns, protocolRefs, body, notes, noteMarkers, warnings, dateMentions, layout, kind, from, to,
                place, classification, translators, chair, persons, personLinks, List.of());
    }

    /** A record without the persons an edition identifies (every record but a TEI volume's documents). */
    public ArchiveRecord(String id, String title, String date, DateRange dateRange, String dateText, String repository,
                         String sourceUrl, List<String> sourceUrls, String archiveDocumentId, String citation,
                         List<ArchivalReference> archivalReferences, String compiler, PublishedIn publishedIn,
                         String summary, String originalLanguage, String translationLanguage, List<String> participants,
                         List<String> speakers, List<Turn> turns, List<ProtocolRef> protocolRefs, String body,
                         List<Note> notes, List<NoteMarker> noteMarkers, List<Warning> warnings,
                         List<DateMention> dateMentions, String layout, String kind, List<String> from, List<String> to,
                         String place, String classification, List<String> translators, String chair) {
        this(id, title, date, dateRange, dateText, repository, sourceUrl, sourceUrls, archiveDocumentId, citation,
                archivalReferences, compiler, publishedIn, summary, originalLanguage, translationLanguage, participants,
                speakers, turns, protocolRefs, body, notes, noteMarkers, warnings, dateMentions, layout, kind, from, to,
                place, classification, translators, chair, List.of(), List.of());
    }

    /**
     * A record without what the December 2026 amendment added (layout, kind, sender and addressee,
     * place, classification, translators, chair): those are filled in with {@link #describedAs}.
     */
    public ArchiveRecord(String id, String title, String date, DateRange dateRange, String dateText, String repository,
                         String sourceUrl, List<String> sourceUrls, String archiveDocumentId, String citation,
                         List<ArchivalReference> archivalReferences, String compiler, PublishedIn publishedIn,
                         String summary, String originalLanguage, String translationLanguage, List<String> participants,
                         List<String> speakers, List<Turn> turns, List<ProtocolRef> protocolRefs, String body,
                         List<Note> notes, List<NoteMarker> noteMarkers, List<Warning> warnings,
                         List<DateMention> dateMentions) {
        this(id, title, date, dateRange, dateText, repository, sourceUrl, sourceUrls, archiveDocumentId, citation,
                archivalReferences, compiler, publishedIn, summary, originalLanguage, translationLanguage, participants,
                speakers, turns, protocolRefs, body, notes, noteMarkers, warnings, dateMentions, null, null, null, null,
                null, null, null, null);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The same record with other warnings; the parser adds decoding warnings after parsing. */
    public ArchiveRecord withWarnings(List<Warning> newWarnings) {
        return new ArchiveRecord(id, title, date, dateRange, dateText, repository, sourceUrl, sourceUrls,
                archiveDocumentId, citation, archivalReferences, compiler, publishedIn, summary, originalLanguage,
                translationLanguage, participants, speakers, turns, protocolRefs, body, notes, noteMarkers,
                newWarnings, dateMentions, layout, kind, from, to, place, classification, translators, chair, persons,
                personLinks, corrections);
    }

    /** The same record under another id: a re-read of a stored source keeps the id it is cited by. */
    public ArchiveRecord withId(String newId) {
        return new ArchiveRecord(newId, title, date, dateRange, dateText, repository, sourceUrl, sourceUrls,
                archiveDocumentId, citation, archivalReferences, compiler, publishedIn, summary, originalLanguage,
                translationLanguage, participants, speakers, turns, protocolRefs, body, notes, noteMarkers,
                warnings, dateMentions, layout, kind, from, to, place, classification, translators, chair, persons, personLinks, corrections);
    }

    /**
     * The same record found at an address its text does not give (a saved web page names the address it was saved
     * from): its id, source URLs and the archive's document number as that address makes them.
     */
    public ArchiveRecord atAddress(String newId, List<String> urls, String documentId) {
        return new ArchiveRecord(newId, title, date, dateRange, dateText, repository, urls.isEmpty() ? null : urls.get(0), urls,
                documentId, citation, archivalReferences, compiler, publishedIn, summary, originalLanguage,
                translationLanguage, participants, speakers, turns, protocolRefs, body, notes, noteMarkers,
                warnings, dateMentions, layout, kind, from, to, place, classification, translators, chair, persons, personLinks, corrections);
    }

    /** The same record with what it says of itself: its layout, kind, senders, addressees and so on. */
    public ArchiveRecord describedAs(Description d) {
        return new ArchiveRecord(id, title, date, dateRange, dateText, repository, sourceUrl, sourceUrls,
                archiveDocumentId, citation, archivalReferences, compiler, publishedIn, summary, originalLanguage,
                translationLanguage, participants, speakers, turns, protocolRefs, body, notes, noteMarkers,
                warnings, dateMentions, d.layout(), d.kind(), d.from(), d.to(), d.place(), d.classification(),
                d.translators(), d.chair(), persons, personLinks, corrections);
    }

    /** The same record with the persons its edition identifies and the names tied to them. */
    public ArchiveRecord withPersons(List<VolumePerson> newPersons, List<PersonLink> newLinks) {
        return new ArchiveRecord(id, title, date, dateRange, dateText, repository, sourceUrl, sourceUrls,
                archiveDocumentId, citation, archivalReferences, compiler, publishedIn, summary, originalLanguage,
                translationLanguage, participants, speakers, turns, protocolRefs, body, notes, noteMarkers,
                warnings, dateMentions, layout, kind, from, to, place, classification, translators, chair, newPersons,
                newLinks, corrections);
    }

    /** The same record with the editors' corrections it carries (applied already: see {@link Corrections}). */
    public ArchiveRecord withCorrections(List<Correction> newCorrections) {
        return new ArchiveRecord(id, title, date, dateRange, dateText, repository, sourceUrl, sourceUrls,
                archiveDocumentId, citation, archivalReferences, compiler, publishedIn, summary, originalLanguage,
                translationLanguage, participants, speakers, turns, protocolRefs, body, notes, noteMarkers,
                warnings, dateMentions, layout, kind, from, to, place, classification, translators, chair, persons,
                personLinks, newCorrections);
    }

    /** The fields {@link #describedAs} sets, as one value. */
    public Description description() {
        return new Description(layout, kind, from, to, place, classification, translators, chair);
    }
}
