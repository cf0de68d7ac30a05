package org.fonds.export;

/**
 * A name as written ("V. N. Malin") split at the last space into given names and family name,
 * the way every citation manager wants it; a one-word name is all family.
 */
record PersonName(String given, String family) {
    static PersonName of(String written) {
        String name = Clean.oneLine(written);
        int space = name.lastIndexOf(' ');
        return space < 0 ? new PersonName("", name) : new PersonName(name.substring(0, space), name.substring(space + 1));
    }

    /** "Malin, V. N.": RIS and BibTeX order. */
    String inverted() {
        return given.isEmpty() ? family : family + ", " + given;
    }
}
