package org.fonds.oai;

/** The error conditions of OAI-PMH 2.0 (section 3.6); {@link #code()} is the protocol's own name. */
enum ErrorCode {
    BAD_ARGUMENT("badArgument"),
    BAD_RESUMPTION_TOKEN("badResumptionToken"),
    BAD_VERB("badVerb"),
    CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
    ID_DOES_NOT_EXIST("idDoesNotExist"),
    NO_RECORDS_MATCH("noRecordsMatch"),
    NO_METADATA_FORMATS("noMetadataFormats"),
    NO_SET_HIERARCHY("noSetHierarchy");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** After these the request element carries no arguments: they were not a valid request. */
    boolean hidesArguments() {
        return this == BAD_VERB || this == BAD_ARGUMENT;
    }
}
