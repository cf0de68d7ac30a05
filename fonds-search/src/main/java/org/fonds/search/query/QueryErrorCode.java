package org.fonds.search.query;

/**
 * Why a query was not answered, each with the stable kebab-case code that the HTTP 400 body, the
 * command line and tests show. Never rename a code; add new ones.
 */
public enum QueryErrorCode {
    BAD_DATE("bad-date"),
    BAD_FUZZY("bad-fuzzy"),
    BAD_PROXIMITY("bad-proximity"),
    BAD_RANGE("bad-range"),
    /** The search was stopped because the one who asked for it has gone (a closed connection). */
    CANCELLED("cancelled"),
    EMPTY_PHRASE("empty-phrase"),
    MISSING_OPERAND("missing-operand"),
    NESTED_FIELD("nested-field"),
    PREFIX_TOO_SHORT("prefix-too-short"),
    RANGE_NOT_ALLOWED("range-not-allowed"),
    TOO_COMPLEX("too-complex"),
    TOO_LONG("too-long"),
    TOO_MANY_EXPANSIONS("too-many-expansions"),
    TOO_SLOW("too-slow"),
    UNBALANCED_PARENTHESIS("unbalanced-parenthesis"),
    UNKNOWN_FIELD("unknown-field"),
    UNTERMINATED_PHRASE("unterminated-phrase"),
    WILDCARD_NOT_ALLOWED("wildcard-not-allowed");

    private final String code;

    QueryErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
