package org.fonds.parse.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .odt as LibreOffice saves one (the stored "mimetype" first, content.xml with its namespaces; no styles):
 * each paragraph a {@code text:p}, its lines apart by {@code text:line-break}, runs of spaces as {@code text:s};
 * "{fn:text}" a footnote standing where it is referred to, with LibreOffice's printed number beside it. A tracked
 * deletion and a comment stand beside the text, as a translator's draft keeps them.
 */
public final class Odt {
    private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    private Odt() {
    }

    public static byte[] of(List<String> paragraphs) {
        StringBuilder body = new StringBuilder("<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion><office:change-info>"
                + "<dc:creator>A Translator</dc:creator></office:change-info><text:p>a deleted sentence</text:p></text:deletion>"
                + "</text:changed-region></text:tracked-changes>");
        int n = 0;
        for (String paragraph : paragraphs) {
            body.append("<text:p text:style-name=\"Standard\">");
            String rest = paragraph;
            while (!rest.isEmpty()) {
                int fn = rest.indexOf("{fn:");
                String text = fn < 0 ? rest : rest.substring(0, fn);
                body.append(escape(text).replace("\n", "<text:line-break/>").replace("  ", " <text:s/>"));
                if (fn < 0) break;
                int end = rest.indexOf('}', fn);
                n++;
                body.append("<text:note text:id=\"ftn").append(n).append("\" text:note-class=\"footnote\"><text:note-citation>").append(n)
                        .append("</text:note-citation><text:note-body><text:p text:style-name=\"Footnote\">")
                        .append(escape(rest.substring(fn + 4, end))).append("</text:p></text:note-body></text:note>");
                rest = rest.substring(end + 1);
            }
            body.append("</text:p>\n");
        }
        body.append("<text:p><office:annotation><dc:creator>An Editor</dc:creator><text:p>check this</text:p></office:annotation></text:p>");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NS + " office:version=\"1.3\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            z.putNextEntry(m);
            z.write(mime);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
