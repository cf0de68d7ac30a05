package org.fonds.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/** Pages saved as one file as Chrome saves them ("Webpage, Single File"), written here in our own words. */
class WebArchiveTest {
    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><main>"
            + "<h1>Minutes of the Bureau</h1><p>12 March 1958</p><p>Cde. Kádár: The plan stands.</p><p>Cde. Münnich: Agreed.</p>"
            + "</main></body></html>";

    @Test
    void a_page_saved_as_one_file_is_read_as_its_page_at_the_address_it_was_saved_from() {
        String mhtml = archive("https://digitalarchive.wilsoncenter.org/document/123456", "quoted-printable", Mhtml.quotedPrintable(PAGE));

        assertThat(WebArchive.isArchive(mhtml)).isTrue();
        ArchiveRecord r = accepted(mhtml);

        assertThat(r.title()).isEqualTo("Minutes of the Bureau");
        assertThat(r.speakers()).containsExactly("Kádár", "Münnich");
        assertThat(r.id()).isEqualTo("wcda-123456");
        assertThat(r.sourceUrl()).isEqualTo("https://digitalarchive.wilsoncenter.org/document/123456");
    }

    @Test
    void a_base64_part_reads_as_a_quoted_printable_one() {
        String b64 = Base64.getMimeEncoder().encodeToString(PAGE.getBytes(StandardCharsets.UTF_8));
        String qp = Mhtml.quotedPrintable(PAGE);

        assertThat(accepted(archive("", "base64", b64))).isEqualTo(accepted(archive("", "quoted-printable", qp)));
    }

    @Test
    void quoted_printable_soft_breaks_and_stray_equals_signs() {
        assertThat(new String(WebArchive.quotedPrintable("K=C3=A1d=\nr =3D 1 = 2"), StandardCharsets.UTF_8)).isEqualTo("Kádr = 1 = 2");
    }

    @Test
    void a_mail_or_text_that_mentions_mime_is_no_web_archive() {
        assertThat(WebArchive.isArchive("MIME-Version: 1.0\nContent-Type: text/plain\n\nMinutes")).isFalse();
        assertThat(WebArchive.isArchive("Minutes of the Bureau\n\nMIME-Version: 1.0 multipart/related boundary=x")).isFalse();
    }

    private static ArchiveRecord accepted(String text) {
        ParseOutcome o = new RecordParser().parse("page.mhtml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(o).isInstanceOf(ParseOutcome.Accepted.class);
        return ((ParseOutcome.Accepted) o).record();
    }

    private static String archive(String location, String encoding, String body) {
        return Mhtml.archive(location, encoding, body);
    }
}
