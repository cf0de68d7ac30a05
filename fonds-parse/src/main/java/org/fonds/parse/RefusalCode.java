package org.fonds.parse;

/** Stable codes for inputs that are not records. Tools match on {@link #code()}; never rename one. */
public enum RefusalCode {
    EMPTY("empty"),
    BINARY("binary"),
    UNDECODABLE("undecodable"),
    TOO_LARGE("too-large"),
    /** XML that declares a document type or entities: never expanded, never fetched. */
    XML_DTD("xml-dtd"),
    /** A TEI volume that is not well-formed XML (or not UTF-8): refused with its line and column, nothing of it stored. */
    XML_MALFORMED("xml-malformed"),
    /** Decodes, but holds no letter at all. */
    NO_TEXT("no-text"),
    /** No longer given: a record without a title line is accepted with a warning (kept so old refusals read). */
    NO_TITLE("no-title"),
    /** No longer given: a record whose body cannot be told from its header is accepted with a warning. */
    NO_CONTENTS("no-contents");

    private final String code;

    RefusalCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
