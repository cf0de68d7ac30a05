package org.fonds.web;

import java.nio.charset.StandardCharsets;
import org.fonds.parse.html.HtmlPage;
import org.fonds.parse.office.WordDocument;
import org.fonds.parse.pdf.PdfFile;

/**
 * How a stored source file is served: a PDF as a PDF and a Word document as one, to be saved or opened in their
 * programs, named after the document; a saved web page as a download too, never shown as a page of this site (its
 * scripts would run on the archive's own address); any other text as plain text in the browser, as before.
 */
record SourceMedia(String contentType, String extension, boolean download) {
    private static final SourceMedia PDF = new SourceMedia("application/pdf", "pdf", true);
    private static final SourceMedia DOCX = new SourceMedia(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", true);
    private static final SourceMedia HTML = new SourceMedia("text/plain", "html", true);
    private static final SourceMedia TEXT = new SourceMedia("text/plain", "txt", false);
    /** How much of a file's start tells a web page (the reader's own reach). */
    private static final int HEAD = 4096;

    static SourceMedia of(byte[] source) {
        if (PdfFile.isPdf(source)) return PDF;
        if (WordDocument.isDocx(source)) return DOCX;
        String head = new String(source, 0, Math.min(source.length, HEAD), StandardCharsets.ISO_8859_1);
        return HtmlPage.isPage(head) ? HTML : TEXT;
    }

    /** The Content-Disposition header: an attachment named after the document, or null to show it inline. */
    String disposition(String id) {
        return download ? "attachment; filename=\"" + id + "." + extension + "\"" : null;
    }
}
