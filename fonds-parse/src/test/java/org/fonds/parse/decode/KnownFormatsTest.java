package org.fonds.parse.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.parse.RefusalCode;
import org.junit.jupiter.api.Test;

/** The refusal of a file that is no text says what it is, by its first bytes, and what to do. */
class KnownFormatsTest {
    private static final RecordParser PARSER = new RecordParser();

    @Test
    void a_scans_image_is_refused_as_an_image_with_the_advice_to_run_ocr() {
        byte[] jpeg = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0);
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
        byte[] tiff = bytes('I', 'I', '*', 0, 8, 0, 0, 0);

        assertThat(message("scan.jpg", jpeg)).startsWith("an image (JPEG)").contains("OCR");
        assertThat(message("scan.png", png)).startsWith("an image (PNG)");
        assertThat(message("scan.tif", tiff)).startsWith("an image (TIFF)");
    }

    @Test
    void office_files_and_archives_are_named_with_what_to_save_them_as() throws IOException {
        // a .docx is read (office.WordDocument); one whose text part is no XML is refused as that, on one line
        assertThat(message("translation.docx", zip("[Content_Types].xml", "word/document.xml"))).startsWith("a Word document")
                .contains("cannot be read").doesNotContain("\n");
        assertThat(message("files.zip", zip("a.txt", "b.txt"))).startsWith("a ZIP archive");
        byte[] doc = Arrays.copyOf(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), 512);
        assertThat(message("old.doc", doc)).startsWith("a Microsoft Office 97-2003 file");
    }

    @Test
    void binary_data_of_no_known_format_is_refused_as_before() {
        byte[] data = new byte[512];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 37 + 11); // every byte value, zeros among them

        assertThat(message("data.bin", data)).startsWith("binary data");
    }

    private static String message(String name, byte[] bytes) {
        ParseOutcome outcome = PARSER.parse(name, bytes);
        assertThat(outcome).isInstanceOf(ParseOutcome.Refused.class);
        ParseOutcome.Refused refused = (ParseOutcome.Refused) outcome;
        assertThat(refused.refusal().code()).isEqualTo(RefusalCode.BINARY);
        return refused.refusal().message();
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : names) {
                z.putNextEntry(new ZipEntry(name));
                z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) b[i] = (byte) values[i];
        return b;
    }
}
