package org.fonds.export;

import java.util.Locale;

/**
 * The record's {@code kind} as each format's type, where the format has one that fits; every
 * other kind (working notes, minutes, telegrams, memoranda of conversation, diaries) is an
 * unpublished archival document, which is what RIS's MANSCPT and CSL's manuscript mean.
 */
final class Kinds {
    private Kinds() {
    }

    static String ris(String kind) {
        return switch (normal(kind)) {
            case "report" -> "RPRT";
            case "letter" -> "PCOMM";
            default -> "MANSCPT";
        };
    }

    static String csl(String kind) {
        return switch (normal(kind)) {
            case "report" -> "report";
            case "letter" -> "letter";
            case "speech" -> "speech";
            default -> "manuscript";
        };
    }

    private static String normal(String kind) {
        return kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
    }
}
