package org.fonds.search.schema;

import java.util.Arrays;
import java.util.List;

/**
 * Every field of the search index, for both engines: the Lucene documents and the Solr schema are
 * made from this list. Facet fields are named {@code f_} + the facet's name (see {@link Facet}).
 */
public enum Field {
    ID("id", Kind.ID, false),
    VERSION("version", Kind.STORED_INT, false),
    TITLE("title", Kind.STORED_TEXT, false),
    SUMMARY("summary", Kind.STORED_TEXT, false),
    BODY("body", Kind.STORED_TEXT, false),
    /** One value per translator's note, in order. */
    NOTES("notes", Kind.STORED_TEXT, true),
    /** The number of each note, parallel to {@link #NOTES}. */
    NOTE_NUMBERS("note_n", Kind.STORED_INT, true),
    DATE("date", Kind.STORED_STRING, false),
    /** Every day the document covers (one, or each day of its range). */
    DAYS("day", Kind.DAYS, true),
    SORT_DAY("day_sort", Kind.SORT_DAY, false),
    PERSON("person", Kind.TEXT, true),
    PERSON_SOUND("person_ph", Kind.PHONETIC, true),
    SPEAKER("speaker", Kind.TEXT, true),
    SPEAKER_SOUND("speaker_ph", Kind.PHONETIC, true),
    PARTICIPANT("participant", Kind.TEXT, true),
    PARTICIPANT_SOUND("participant_ph", Kind.PHONETIC, true),
    ARCHIVE("archive", Kind.KEY, true),
    FOND("fond", Kind.KEY, true),
    OPIS("opis", Kind.KEY, true),
    DELO("delo", Kind.KEY, true),
    LANGUAGE("language", Kind.KEY, true),
    REPOSITORY("repository", Kind.TEXT, false),
    TYPE("type", Kind.TEXT, false),
    /** The record's own kind ({@code kind} of RECORD.md: telegram, minutes, ...), where the parser tells it. */
    KIND("kind", Kind.TEXT, false);

    private final String fieldName;
    private final Kind kind;
    private final boolean multiValued;

    Field(String fieldName, Kind kind, boolean multiValued) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.multiValued = multiValued;
    }

    public String fieldName() {
        return fieldName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean multiValued() {
        return multiValued;
    }

    /** The fields whose values are analyzed, with their chains (for per-field analyzers). */
    public static List<Field> analyzed() {
        return Arrays.stream(values()).filter(f -> f.kind.chain() != null).toList();
    }
}
