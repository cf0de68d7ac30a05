package org.fonds.parse.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF file: its pages' text as Apache PDFBox extracts it (in the order the page draws it; a line per line, a
 * blank line where PDFBox sees a paragraph end or a page end), or why it cannot give one. A scan without a text
 * layer gives no letters, and is refused as such by the parser; a PDF locked by a password or too damaged to open
 * is refused naming PDFBox's reason. The file itself is kept byte for byte, as every source is.
 */
public final class PdfFile {
    /** The PDF standard lets readers find the header within the first 1,024 bytes. */
    private static final int HEADER_REACH = 1024;
    private static final byte[] HEADER = {'%', 'P', 'D', 'F', '-'};
    /** Between pages: a form feed no PDF's extracted text holds otherwise (the stripper writes none of its own). */
    private static final String PAGE_END = "\n\f\n";
    /** "3", "- 3 -", "Page 3", "p. 3", "Page 3 of 5": a bare number of at most three digits (a year alone is no page number). */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:[-–—] ?)?(?:\\d{1,3}|(?i:page|p\\.) ?\\d{1,4}(?: ?(?i:of) \\d{1,4})?)(?: ?[-–—])?");

    private PdfFile() {
    }

    /** What reading a PDF gave: its text, or why there is none. */
    public sealed interface Result {
    }

    public record Text(String text, int pages) implements Result {
    }

    public record Unreadable(String reason) implements Result {
    }

    /** Whether the bytes are a PDF: "%PDF-" within the first 1,024 bytes. */
    public static boolean isPdf(byte[] bytes) {
        int reach = Math.min(bytes.length - HEADER.length, HEADER_REACH);
        for (int i = 0; i <= reach; i++) {
            if (bytes[i] == '%' && matchesHeader(bytes, i)) return true;
        }
        return false;
    }

    public static Result read(byte[] bytes) {
        // a PDF whose owner restricts copying is read all the same, as every viewer shows it: the restriction is a
        // request to software, and the text is in the file, open for reading (an empty user password)
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new Text(withoutPrintFurniture(stripper().getText(pdf)), pdf.getNumberOfPages());
        } catch (InvalidPasswordException e) {
            return new Unreadable("a PDF locked by a password: open it with its password and save an unlocked copy");
        } catch (IOException | RuntimeException e) {
            return new Unreadable("a PDF that cannot be read (" + reason(e) + ")");
        }
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper s = new UnwrappingStripper();
        s.setLineSeparator("\n");
        s.setParagraphStart("");
        s.setParagraphEnd("\n");
        s.setPageStart("");
        s.setPageEnd(PAGE_END);
        return s;
    }

    /**
     * The pages' text without the page numbers printed at a page's head or foot ("3", "- 3 -", "Page 3", "Page 3 of
     * 5"): print furniture, not the record's words, which would stand as a last line after a source note or as a
     * line inside a sentence carried over to the next page. Only a line that is a number alone, at a page's edge; and
     * the running heads and feet of the pages ({@link RunningHeads}).
     */
    static String withoutPrintFurniture(String text) {
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.split(PAGE_END, -1)) {
            List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
            dropNumberAt(lines, true);
            dropNumberAt(lines, false);
            pages.add(lines);
        }
        RunningHeads.drop(pages);
        StringBuilder out = new StringBuilder(text.length());
        for (List<String> lines : pages) {
            dropNumberAt(lines, true); // a number under a running head, or over a running foot
            dropNumberAt(lines, false);
            String kept = String.join("\n", lines).strip();
            if (kept.isEmpty()) continue;
            if (!out.isEmpty()) out.append('\n');
            out.append(kept);
        }
        return out.toString();
    }

    /** Drops the first (or last) non-blank line of a page where it is a page number alone. */
    private static void dropNumberAt(List<String> lines, boolean top) {
        for (int k = 0; k < lines.size(); k++) {
            int i = top ? k : lines.size() - 1 - k;
            if (lines.get(i).isBlank()) continue;
            if (PAGE_NUMBER.matcher(lines.get(i).strip()).matches()) lines.set(i, "");
            return;
        }
    }

    private static boolean matchesHeader(byte[] bytes, int at) {
        for (int k = 0; k < HEADER.length; k++) {
            if (bytes[at + k] != HEADER[k]) return false;
        }
        return true;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s+", " "); // one line
    }
}
