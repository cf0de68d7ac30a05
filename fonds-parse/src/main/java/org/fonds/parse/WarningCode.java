package org.fonds.parse;

/** Stable codes for recoverable problems in accepted records. Never rename one. */
public enum WarningCode {
    /** Not UTF-8; read as windows-1252 (or UTF-16 without a byte-order mark). */
    ENCODING_FALLBACK("encoding-fallback"),
    /** The file ends in the middle of a UTF-8 character (a cut-off download); that char is lost. */
    TRUNCATED("truncated"),
    /** A note marker in the contents whose note does not exist. */
    MARKER_WITHOUT_NOTE("marker-without-note"),
    /** A translator's note that no marker in the contents refers to. */
    NOTE_WITHOUT_MARKER("note-without-marker"),
    /** Note numbers that skip or repeat. */
    NOTE_SEQUENCE("note-sequence"),
    /** No date line, or one that cannot be read as a day. */
    DATE_UNPARSED("date-unparsed"),
    /** The date line and the citation's date disagree. */
    DATE_MISMATCH("date-mismatch"),
    /** No citation or source block. */
    NO_CITATION("no-citation"),
    /** No archive named in the citation. */
    NO_REPOSITORY("no-repository"),
    /** No URL in the citation. */
    NO_URL("no-url"),
    /** No summary section. */
    NO_SUMMARY("no-summary"),
    /** No original-language section. */
    NO_LANGUAGE("no-language"),
    /** A notes heading with no note after it. */
    EMPTY_NOTES("empty-notes"),
    /** No title line: the first words of the text stand for it. */
    NO_TITLE("no-title"),
    /** No text could be told apart from the header. */
    NO_BODY("no-body"),
    /** A text run together on one line: where the headnote ends and the text begins was told from the first speaker's label. */
    RUN_TOGETHER("run-together"),
    /** A TEI name marked as a person ({@code persName/@corresp}) that points to no entry of the volume's list of persons. */
    PERSON_UNKNOWN("person-unknown"),
    /** The parser failed on this input; the text is kept whole as the body. Please report it. */
    PARSER_FAILED("parser-failed");

    private final String code;

    WarningCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
