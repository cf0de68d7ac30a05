package org.fonds.export;

import org.fonds.record.ArchiveRecord;

/** One export format of a stored document. Implementations are stateless or thread-safe. */
public interface Format {
    /** The name of {@code fonds show --format}, e.g. "bibtex". */
    String name();

    /** The name people know it by, as a download link says it, e.g. "BibTeX", "TEI P5". */
    String label();

    /** The file extension without the leading dot, as in {@code /documents/ID.EXT}, e.g. "tei.xml". */
    String extension();

    /** The media type to serve it with, charset included where the type has one. */
    String mediaType();

    /** The whole document in this format. */
    String write(ArchiveRecord record, Citing citing);
}
