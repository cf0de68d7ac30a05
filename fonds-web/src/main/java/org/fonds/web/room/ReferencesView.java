package org.fonds.web.room;

import java.util.List;

/** The archival references cited in notes, by archive, then file, with the notes that cite each file. */
public record ReferencesView(String intro, List<ArchiveSection> archives, String previous, String next) {

    public record ArchiveSection(String archive, String anchor, List<FileRow> files) {}

    /** One archival file ("F. 3, Op. 64, D. 484"), the documents citing it, and each citation. */
    public record FileRow(String label, int documents, List<CitationRow> citations) {}

    /** A note that cites the file: the document (its title, and date when it has one), which note, the leaves, the reference as written. */
    public record CitationRow(String url, String documentId, String title, String date, String where, String leaves, String text) {}
}
