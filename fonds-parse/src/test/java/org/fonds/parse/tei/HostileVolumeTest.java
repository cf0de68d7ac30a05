package org.fonds.parse.tei;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.fonds.parse.Refusal;
import org.fonds.parse.RefusalCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Volumes that try to make the reader fetch, expand or run out of memory, against a local HTTP
 * server that counts every request it gets: nothing may reach it, and each such volume is refused
 * with the line and column where it broke.
 */
class HostileVolumeTest {
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leaked \"secret\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A small volume of our own, with {@code prolog} after the XML declaration and {@code inBody} in a paragraph. */
    private static byte[] volume(String prolog, String inBody) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\""
                + " xmlns:frus=\"http://history.state.gov/frus/ns/1.0\" xml:id=\"frus1999v1\">\n"
                + "<teiHeader><fileDesc><titleStmt><title type=\"complete\">A Volume</title></titleStmt></fileDesc></teiHeader>\n"
                + "<text><body>\n"
                + "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. Telegram From the Embassy</head>\n"
                + "<dateline><placeName>Vienna</placeName>, <date>May 2, 1956</date></dateline>\n"
                + "<p>Text " + inBody + " here.</p></div>\n"
                + "</body></text></TEI>\n").getBytes(StandardCharsets.UTF_8);
    }

    private Refusal refused(byte[] bytes) {
        assertThat(TeiVolumes.isVolume(bytes)).isTrue();
        VolumeOutcome outcome = TeiVolumes.read(bytes);
        assertThat(outcome).isInstanceOf(VolumeOutcome.Refused.class);
        return ((VolumeOutcome.Refused) outcome).refusal();
    }

    @Test
    void theOrdinaryVolumeReads() {
        VolumeOutcome outcome = TeiVolumes.read(volume("", ""));
        assertThat(outcome).isInstanceOf(VolumeOutcome.Read.class);
        assertThat(((VolumeOutcome.Read) outcome).volume().documents()).hasSize(1);
    }

    @Test
    void anExternalDtdIsRefusedAndNeverFetched() {
        Refusal r = refused(volume("<!DOCTYPE TEI SYSTEM \"" + base + "/tei.dtd\">\n", ""));
        assertThat(r.code()).isEqualTo(RefusalCode.XML_DTD);
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.message()).contains("line 2, column");
        assertThat(requests).hasValue(0);
    }

    @Test
    void anExternalEntityIsRefusedAndNeverFetched() {
        Refusal r = refused(volume("<!DOCTYPE TEI [<!ENTITY leak SYSTEM \"" + base + "/secret\">]>\n", "&leak;"));
        assertThat(r.code()).isEqualTo(RefusalCode.XML_DTD);
        assertThat(requests).hasValue(0);
    }

    @Test
    void anExternalParameterEntityIsRefusedAndNeverFetched() {
        refused(volume("<!DOCTYPE TEI [<!ENTITY % remote SYSTEM \"" + base + "/p.dtd\"> %remote;]>\n", "&leaked;"));
        assertThat(requests).hasValue(0);
    }

    @Test
    void entityExpansionIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>\n");
        assertThat(refused(volume(dtd.toString(), "&a9;")).code()).isEqualTo(RefusalCode.XML_DTD);
    }

    @Test
    void anXIncludeStaysAnElementAndIsNeverFetched() {
        VolumeOutcome outcome = TeiVolumes.read(volume("", "<xi:include href=\"" + base + "/part.xml\" parse=\"text\"/>"));
        assertThat(outcome).isInstanceOf(VolumeOutcome.Read.class);
        assertThat(((VolumeOutcome.Read) outcome).volume().documents().getFirst().record().body()).isEqualTo("Text here.");
        assertThat(requests).hasValue(0);
    }

    @Test
    void aMalformedVolumeIsRefusedWithLineAndColumn() {
        byte[] broken = new String(volume("", ""), StandardCharsets.UTF_8).replace("</p></div>", "</div>")
                .getBytes(StandardCharsets.UTF_8);
        Refusal r = refused(broken);
        assertThat(r.code()).isEqualTo(RefusalCode.XML_MALFORMED);
        assertThat(r.line()).isEqualTo(7);
        assertThat(r.message()).startsWith("line 7, column ");
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        String deep = "<hi>".repeat(SafeXml.MAX_DEPTH + 10) + "x" + "</hi>".repeat(SafeXml.MAX_DEPTH + 10);
        assertThat(refused(volume("", deep)).code()).isEqualTo(RefusalCode.XML_MALFORMED);
    }

    @Test
    void aTextExportIsNoVolume() {
        assertThat(TeiVolumes.isVolume("Title: A record\n\nText about <TEI> markup.".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
