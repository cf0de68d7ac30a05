package org.fonds.search.schema;

/** What an index field is for; each engine maps a kind to its own field types. */
public enum Kind {
    /** The document id: one exact term, stored, sortable. */
    ID,
    /** Analyzed with {@link Chain#TEXT}, stored (snippets are made from it). */
    STORED_TEXT,
    /** Analyzed with {@link Chain#TEXT}, searched only. */
    TEXT,
    /** Analyzed with {@link Chain#PHONETIC}, searched only. */
    PHONETIC,
    /** Analyzed with {@link Chain#KEY}, searched only. */
    KEY,
    /** Days since 1970-01-01 as points, for date ranges. */
    DAYS,
    /** One day number per document, for sorting by date. */
    SORT_DAY,
    /** A whole number, stored only. */
    STORED_INT,
    /** A string, stored only. */
    STORED_STRING;

    /** The analysis chain of an analyzed kind, or null. */
    public Chain chain() {
        return switch (this) {
            case STORED_TEXT, TEXT -> Chain.TEXT;
            case PHONETIC -> Chain.PHONETIC;
            case KEY -> Chain.KEY;
            default -> null;
        };
    }
}
