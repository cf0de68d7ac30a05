package org.fonds.synth;

/** The layouts a generated record is written in (spec/RECORD.md, {@code layout}), each from the same facts. */
enum PageLayout {
    EXPORT, LEGACY_PAGE, CURRENT_PAGE, PDF_TEXT, NSA, CREST, FRUS, PLAIN;

    /** Whether the body may run on in one line, as the labelled export and PDF text do. */
    boolean mayRunTogether() {
        return this == EXPORT || this == PDF_TEXT;
    }

    /** Whether the layout can say that a record spans days: the others date it by one day. */
    boolean datesRanges() {
        return this == EXPORT || this == LEGACY_PAGE;
    }
}
