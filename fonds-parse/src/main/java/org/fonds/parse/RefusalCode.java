package org.fonds.parse;

/** Stable codes for inputs that are not records. Tools match on {@link #code()}; never rename one. */
public enum RefusalCode {
    EMPTY("empty"),
    BINARY("binary"),
    UNDECODABLE("undecodable"),
    TOO_LARGE("too-large"),
    NO_TITLE("no-title"),
    NO_CONTENTS("no-contents");

    private final String code;

    RefusalCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
