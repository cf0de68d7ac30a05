package org.fonds.web.room;

import java.util.List;

/**
 * A page that lists documents: a person's, a year's, an archival file's. {@code groups} are links
 * above the list (the months of a year, the years of the archive); {@code rows} the documents, and
 * for an archival file the gaps between their leaves.
 */
public record ListView(String title, String heading, String intro, List<Group> groups, List<Row> rows, long total,
                       String previous, String next, String searchAll) {

    public record Group(String label, long count, String url) {}

    /** A document ({@code url} set) or a gap in an archival file ({@code url} null). */
    public record Row(String title, String url, String date, String detail) {
        public boolean isGap() {
            return url == null;
        }
    }
}
