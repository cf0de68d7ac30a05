package org.fonds.parse.decode;

import java.nio.charset.StandardCharsets;

/**
 * The file formats a historian's folder holds beside texts, known by their first bytes, so that a refusal says what
 * the file is and what to do ("an image (JPEG): a scan is read once it has text") rather than "binary data (a zero
 * byte at offset 6)". Only formats Fonds cannot read as text are named here; a PDF ({@code pdf.PdfFile}), a Word
 * document and an OpenDocument text ({@code office}) are read, and reach this only where their first bytes do not show them.
 */
public final class KnownFormats {
    private static final String SCAN = "a scan is read once it has text: run OCR on it (e.g. tesseract, or ocrmypdf for"
            + " a PDF with a text layer) and give Fonds the result";
    private static final String SAVE_AS = "open it and save it as plain text (UTF-8), a web page or a PDF, and give"
            + " Fonds that";
    /** How far into a ZIP file its first entries' names are looked for. */
    private static final int ZIP_NAMES = 4096;

    private KnownFormats() {
    }

    /** What the file is and what to do with it, or null where its first bytes name no format known here. */
    public static String describe(byte[] b) {
        String image = image(b);
        if (image != null) return "an image (" + image + "), not a text: " + SCAN;
        if (startsWith(b, 'P', 'K', 3, 4)) return zip(b);
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "a Microsoft Office 97-2003 file (.doc, .xls, .ppt) or a locked Office file, not a text: open it and save it as"
                    + " a Word document (.docx), plain text (UTF-8), a web page or a PDF, and give Fonds that";
        }
        if (startsWith(b, 0x1F, 0x8B)) return "a gzip-compressed file: unpack it and give Fonds what it holds";
        if (startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) return "a 7-Zip archive: unpack it and give Fonds what it holds";
        return null;
    }

    private static String image(byte[] b) {
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG";
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "PNG";
        if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF";
        if (startsWith(b, 'I', 'I', '*', 0) || startsWith(b, 'M', 'M', 0, '*')) return "TIFF";
        if (startsWith(b, 0, 0, 0, 0x0C, 'j', 'P', ' ', ' ')) return "JPEG 2000";
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "WebP";
        }
        return null;
    }

    /**
     * A ZIP file: an office document, a book or an archive of files, by the names and media type it opens with. A Word
     * document never comes here: {@code office.WordDocument} reads it, or refuses it saying why.
     */
    private static String zip(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, ZIP_NAMES), StandardCharsets.ISO_8859_1);
        if (head.contains("application/vnd.oasis.opendocument.text")) return "an OpenDocument text (.odt), not a text: " + SAVE_AS;
        if (head.contains("application/epub+zip")) return "an EPUB book: " + SAVE_AS;
        if (head.contains("xl/") || head.contains("ppt/")) return "an Excel or PowerPoint file, not a text: " + SAVE_AS;
        return "a ZIP archive: unpack it and give Fonds the files it holds";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
