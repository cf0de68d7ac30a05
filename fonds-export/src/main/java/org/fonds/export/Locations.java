package org.fonds.export;

import java.util.List;
import java.util.stream.Collectors;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;

/**
 * Archival locations written the one way every format uses. A reference in the Soviet system
 * (fond, opis, papka, delo) is rebuilt from its parsed parts, "TsKhSD, F. 3, Op. 12, D. 1006,
 * Ll. 19-22", so that OCR slips of the source ("LI.") do not travel; a reference in another
 * archive's system ("Magyar Orszagos Leveltar, ... 55. doboz", "AAN, ... k. 14-87") has no such
 * parts and is given as written: its archive alone would lose where in it the document is.
 */
final class Locations {
    private Locations() {
    }

    static String format(ArchivalReference ref) {
        if (!soviet(ref)) {
            String written = Clean.oneLine(ref.text());
            return written.isEmpty() ? Clean.oneLine(ref.archive()) : written;
        }
        StringBuilder s = new StringBuilder(ref.archive());
        append(s, "F.", ref.fond());
        append(s, "Op.", ref.opis());
        append(s, "P.", ref.papka());
        append(s, "D.", ref.delo());
        if (ref.leaves() != null) s.append(", ").append(leaves(ref.leaves()));
        return Clean.oneLine(s.toString());
    }

    /** True when the reference has the parts of the Soviet archival system to rebuild it from. */
    static boolean soviet(ArchivalReference ref) {
        return ref.fond() != null || ref.opis() != null || ref.papka() != null || ref.delo() != null;
    }

    /** "L. 30" for one leaf (or its verso, "30ob"), "Ll. 19-22" for more. */
    static String leaves(String leaves) {
        String l = leaves.strip();
        return (l.matches("\\d+(ob)?") ? "L. " : "Ll. ") + l;
    }

    /** All the document's own locations (not those in its notes), joined by "; ", or "" when it has none. */
    static String all(ArchiveRecord r) {
        return each(r).stream().collect(Collectors.joining("; "));
    }

    static List<String> each(ArchiveRecord r) {
        return r.archivalReferences().stream().map(Locations::format).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static void append(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank()) s.append(", ").append(label).append(' ').append(value.strip());
    }
}
