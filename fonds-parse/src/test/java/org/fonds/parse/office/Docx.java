package org.fonds.parse.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a .docx as Word saves one (the parts and namespaces a translator's file has; no styles): each paragraph a
 * {@code w:p} of runs, its lines apart by {@code w:br}; "{fn:text}" in a paragraph a footnote with that text.
 */
public final class Docx {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Docx() {
    }

    public static byte[] of(List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        StringBuilder notes = new StringBuilder("<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
        int id = 1;
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>");
            String rest = paragraph;
            while (!rest.isEmpty()) {
                int fn = rest.indexOf("{fn:");
                String text = fn < 0 ? rest : rest.substring(0, fn);
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) body.append("<w:r><w:br/></w:r>");
                    if (!lines[i].isEmpty()) body.append("<w:r><w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t></w:r>");
                }
                if (fn < 0) break;
                int end = rest.indexOf('}', fn);
                id++;
                body.append("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"").append(id).append("\"/></w:r>");
                notes.append("<w:footnote w:id=\"").append(id).append("\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> ")
                        .append(escape(rest.substring(fn + 4, end))).append("</w:t></w:r></w:p></w:footnote>");
                rest = rest.substring(end + 1);
            }
            body.append("</w:p>");
        }
        return zip(
                "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\"><w:body>"
                        + body + "<w:p><w:r><w:delText>a deleted sentence</w:delText></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>"
                        + "<w:sectPr/></w:body></w:document>",
                "word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:footnotes xmlns:w=\"" + W + "\">" + notes
                        + "</w:footnotes>");
    }

    static byte[] zip(String... namesAndTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
