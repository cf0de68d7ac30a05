package org.fonds.search.doc;

import org.fonds.record.ArchivalReference;

/**
 * Labels for archival units as archivists write them: "TsKhSD F. 3" for a fond, "TsKhSD F. 3, Op. 12,
 * D. 1006" for a file (delo). They are facet values and, in the reading room, the names of the
 * archival-file pages; the leaves are left out, since they locate a document within its file.
 */
public final class ArchivalFiles {
    private ArchivalFiles() {}

    /** The fond label, or null when the reference names no fond. */
    public static String fond(ArchivalReference a) {
        if (a.fond() == null) return null;
        return prefix(a) + "F. " + a.fond();
    }

    /** The file label, or null when the reference names no delo. */
    public static String file(ArchivalReference a) {
        if (a.delo() == null) return null;
        StringBuilder s = new StringBuilder(prefix(a));
        if (a.fond() != null) s.append("F. ").append(a.fond()).append(", ");
        if (a.opis() != null) s.append("Op. ").append(a.opis()).append(", ");
        if (a.papka() != null) s.append("P. ").append(a.papka()).append(", ");
        return s.append("D. ").append(a.delo()).toString();
    }

    private static String prefix(ArchivalReference a) {
        return a.archive() == null ? "" : a.archive() + " ";
    }
}
