package org.fonds.deliberation.db;

import org.fonds.deliberation.people.Fold;
import org.fonds.record.ArchivalReference;

/**
 * The texts the references and works tables are grouped and sorted by in the database, made so that
 * the database's plain text order is the order {@code Assembly} gives them in memory: an archival
 * file's parts compare one by one, numbers as numbers ("D. 5" before "D. 12"); a work by its folded
 * title, then its kind. (The database compares UTF-8 bytes, Java UTF-16 units: they disagree only
 * between characters beyond U+FFFF and those from U+E000, which archival keys do not hold.)
 */
final class SortKeys {
    /** Between parts: below every character a part holds, so a shorter part sorts first, as it does alone. */
    private static final char SEPARATOR = '\u0001';

    private SortKeys() {
    }

    static String file(ArchivalReference r) {
        return part(r.archive()) + SEPARATOR + part(r.fond()) + SEPARATOR + part(r.opis()) + SEPARATOR + part(r.papka())
                + SEPARATOR + part(r.delo());
    }

    static String work(String title, String kind) {
        return Fold.fold(title) + SEPARATOR + kind;
    }

    /**
     * A part that begins with digits is led by "0" and the count of those digits, so that two such parts
     * compare by how many digits they begin with, and by their text when that is the same; a part
     * without leading digits is left as it is ("0" sorts where its own first digit would against it).
     */
    static String part(String s) {
        String p = s == null ? "" : s;
        int digits = 0;
        while (digits < p.length() && p.charAt(digits) >= '0' && p.charAt(digits) <= '9') digits++;
        if (digits == 0) return p;
        // "%04d" of the count, without String.format's parsing of its pattern for every reference (a profile, issue 14)
        String count = Integer.toString(Math.min(digits, 9999));
        return "0" + "0000".substring(count.length()) + count + p;
    }
}
