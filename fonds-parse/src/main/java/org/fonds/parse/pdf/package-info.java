/**
 * A PDF with a text layer (the archive's PDF of a translation, a CIA reading room paper with its OCR text), read as
 * the text of its pages, so that the layouts of {@code org.fonds.parse.layout} read it as they read text copied
 * out of a PDF.
 */
package org.fonds.parse.pdf;
