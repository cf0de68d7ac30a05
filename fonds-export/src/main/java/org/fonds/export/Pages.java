package org.fonds.export;

/**
 * A page range of the print publication, "394-395" or "397": RIS and BibTeX want the ends
 * apart. {@code last} is null for a single page.
 */
record Pages(String first, String last) {
    static Pages of(String pages) {
        String[] ends = Clean.oneLine(pages).split("\\s*[-\u2013\u2014]+\\s*", 2);
        return new Pages(ends[0], ends.length > 1 && !ends[1].isEmpty() ? ends[1] : null);
    }

    /** The range as BibTeX and CSL write it: "394--395" or "394-395", by the dash given. */
    String joined(String dash) {
        return last == null ? first : first + dash + last;
    }
}
