package org.fonds.oai;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.VersionInfo;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleIdEncapsulationLayoutConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.fonds.record.ArchiveRecord;
import org.fonds.store.ArchiveHome;
import org.fonds.store.Deposit;
import org.fonds.store.OcflStore;
import org.fonds.synth.Generator;
import org.fonds.synth.Synthetic;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Stores for the tests, and requests to a provider with every response checked against the schema. */
final class OaiFixture {
    static final String BASE = "http://fonds.test";
    static final byte[] KEY = "a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);
    /** An object whose record.json is not a record: stored by an older or broken writer. */
    static final String BROKEN = "broken-1";

    private OaiFixture() {
    }

    static OaiConfig config(int pageSize) {
        return new OaiConfig(BASE + "/oai", BASE, "archivist@fonds.test", pageSize, java.time.Duration.ofHours(1),
                java.time.Duration.ofMinutes(1), KEY);
    }

    /** Writes the broken object with ocfl-java itself, the store's API refusing anything but a record. */
    static void putBroken(ArchiveHome home) throws IOException {
        home.create();
        OcflRepository raw = new OcflRepositoryBuilder().defaultLayoutConfig(new HashedNTupleIdEncapsulationLayoutConfig())
                .storage(s -> s.fileSystem(home.ocfl())).workDir(home.work()).build();
        raw.updateObject(ObjectVersionId.head(BROKEN), new VersionInfo().setMessage("test"), u -> {
            u.writeFile(new ByteArrayInputStream("{\"id\": \"broken-1\"}".getBytes(StandardCharsets.UTF_8)), OcflStore.RECORD);
            u.writeFile(new ByteArrayInputStream(new byte[] {1}), OcflStore.SOURCE);
        });
        raw.close();
    }

    /** Stores synthetic documents {@code from..to-1} of seed 7; returns their records by id. */
    static Map<String, ArchiveRecord> putSynthetic(OcflStore store, int from, int to) {
        Generator generator = new Generator(7);
        Map<String, ArchiveRecord> out = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Synthetic s = generator.generate(i);
            store.put(new Deposit(s.bytes(), s.fileName(), s.expected(), "test"));
            out.put(s.expected().id(), s.expected());
        }
        store.flush();
        return out;
    }

    /** The stored content file {@code name} of the latest version of {@code id}, found on disk. */
    static Path storedFile(ArchiveHome home, String id, String name) throws IOException {
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(home.ocfl())) {
            return walk.filter(p -> p.getFileName().toString().equals(name) && p.toString().contains("/" + id + "/"))
                    .max(java.util.Comparator.comparing(Path::toString)).orElseThrow();
        }
    }

    /** Flips one bit of the byte at {@code at} of {@code file}, as a failing disk would. */
    static void flipByte(Path file, int at) throws IOException {
        byte[] b = java.nio.file.Files.readAllBytes(file);
        b[at] ^= 0x01;
        java.nio.file.Files.write(file, b);
    }

    /** Waits until the clock has moved past the second it is in, so the next version gets a later datestamp. */
    static void nextSecond() throws InterruptedException {
        long now = System.currentTimeMillis();
        Thread.sleep(1000 - now % 1000 + 50);
    }

    static Map<String, List<String>> params(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query.isEmpty()) return out;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** The response, after checking its status and that it conforms to the schema. */
    static String ask(OaiProvider provider, String query, java.time.Instant now) {
        OaiResponse r = provider.handle(params(query), now);
        assertThat(r.status()).isEqualTo(200);
        assertThat(OaiSchema.problems(r.xml())).as("schema problems of " + query + ":\n" + r.xml()).isEmpty();
        return r.xml();
    }

    static Element dom(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            return doc.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    /** The text of every element with this local name, in document order. */
    static List<String> texts(String xml, String localName) {
        NodeList nodes = dom(xml).getElementsByTagNameNS("*", localName);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent());
        return out;
    }

    static List<String> errorCodes(String xml) {
        NodeList nodes = dom(xml).getElementsByTagNameNS(OaiSchema.OAI, "error");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(((Element) nodes.item(i)).getAttribute("code"));
        return out;
    }

    static Element request(String xml) {
        return (Element) dom(xml).getElementsByTagNameNS(OaiSchema.OAI, "request").item(0);
    }

    static Element token(String xml) {
        return (Element) dom(xml).getElementsByTagNameNS(OaiSchema.OAI, "resumptionToken").item(0);
    }
}
