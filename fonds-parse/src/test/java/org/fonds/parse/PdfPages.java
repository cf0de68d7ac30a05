package org.fonds.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets a text as a PDF the way a word processor prints it: A4 pages, lines wrapped at the margin, a paragraph's
 * lines close and paragraphs apart, a page number at each page's foot. The font is DejaVu Sans (Debian's
 * fonts-dejavu-core, which {@code ./fonds test} installs), embedded so every letter of the records (Cyrillic,
 * Hungarian, Czech) is in the file with its Unicode map, as a real translation's PDF has it.
 */
final class PdfPages {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float SIZE = 11;
    private static final float LEADING = 14;
    private static final float MARGIN = 60;

    private PdfPages() {
    }

    static boolean fontPresent() {
        return Files.isReadable(FONT);
    }

    static byte[] of(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<List<String>> paragraphs = new ArrayList<>();
            for (String paragraph : text.split("\n\n")) {
                List<String> lines = new ArrayList<>();
                for (String line : paragraph.split("\n")) lines.addAll(wrapped(line, font, width));
                paragraphs.add(lines);
            }
            Page page = null;
            int number = 0;
            for (List<String> paragraph : paragraphs) {
                for (String line : paragraph) {
                    if (page == null || page.y < MARGIN + LEADING) {
                        if (page != null) page.close();
                        page = new Page(doc, font, ++number);
                    }
                    page.line(line);
                }
                if (page != null) page.y -= LEADING; // the gap a paragraph ends with
            }
            if (page != null) page.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrapped(String line, PDType0Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(printable(tried, font)) / 1000 * SIZE > width) {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            } else {
                current.setLength(0);
                current.append(tried);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** The text with each char the font has no glyph for (a tab, a control char) as a space. */
    private static String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    /** One page being written: its content stream, where the next line goes, its number at the foot. */
    private static final class Page {
        private final PDPageContentStream content;
        private final PDType0Font font;
        private float y = PDRectangle.A4.getHeight() - MARGIN;

        Page(PDDocument doc, PDType0Font font, int number) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            this.font = font;
            this.content = new PDPageContentStream(doc, page);
            show(String.valueOf(number), PDRectangle.A4.getWidth() / 2, MARGIN / 2);
        }

        void line(String text) throws IOException {
            if (!text.isEmpty()) show(text, MARGIN, y);
            y -= LEADING;
        }

        private void show(String text, float x, float at) throws IOException {
            text = printable(text, font);
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(x, at);
            content.showText(text);
            content.endText();
        }

        void close() throws IOException {
            content.close();
        }
    }
}
