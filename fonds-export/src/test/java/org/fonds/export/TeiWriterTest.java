package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.Turn;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** TEI validated by Jing against the TEI P5 tei_all schema, and read back with DOM. */
class TeiWriterTest {
    private static final List<String> ERRORS = new ArrayList<>();
    private static ValidationDriver jing;

    private final TeiWriter tei = new TeiWriter();

    /**
     * Jing with {@code tei_all.rng}, loaded on first use: the schema is kept in the shared folder, so
     * a clone without it skips only the tests that validate.
     */
    private static void loadSchema() throws Exception {
        Path schema = Seeds.present("schemas/tei_all.rng");
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                ERRORS.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
        assertThat(driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))).isTrue();
        jing = driver;
    }

    static void assertValid(String xml, String what) throws Exception {
        if (jing == null) loadSchema();
        ERRORS.clear();
        boolean valid = jing.validate(new InputSource(new StringReader(xml)));
        assertThat(ERRORS).as(what).isEmpty();
        assertThat(valid).as(what).isTrue();
    }

    static Document dom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(TeiWriter.TEI, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    /** Every note once, with its text; every turn's speakers pointed at from an {@code <sp>}. */
    private static void assertNotesAndSpeakers(ArchiveRecord r, Document doc) {
        List<Element> notes = elements(doc, "note");
        assertThat(notes).hasSize(r.notes().size());
        for (int i = 0; i < r.notes().size(); i++) {
            Note note = r.notes().get(i);
            assertThat(notes).filteredOn(e -> e.getAttribute("n").equals(String.valueOf(note.n())))
                    .extracting(Element::getTextContent).contains(Clean.xml(note.text()));
        }
        Map<String, String> names = new HashMap<>();
        elements(doc, "person").forEach(p -> names.put("#" + p.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"),
                p.getTextContent()));
        Set<String> spoken = new HashSet<>();
        elements(doc, "sp").forEach(sp -> {
            for (String who : sp.getAttribute("who").split(" ")) spoken.add(names.get(who));
        });
        for (Turn turn : r.turns()) assertThat(spoken).containsAll(turn.speakers().stream().map(Clean::oneLine).toList());
    }

    @Test
    void everySeedIsValidTeiWithEveryNoteOnceAndEverySpeaker() throws Exception {
        List<String> loci = new ArrayList<>();
        for (ArchiveRecord r : Samples.seeds()) {
            String xml = tei.write(r, Samples.citing(r));
            assertValid(xml, r.id());
            Document doc = dom(xml);
            assertNotesAndSpeakers(r, doc);
            assertThat(elements(doc, "repository")).extracting(Element::getTextContent).contains(r.archivalReferences().get(0).archive());
            elements(doc, "locus").forEach(locus -> loci.add(locus.getTextContent()));
        }
        assertThat(loci).contains("Ll. 19-22", "L. 30");
    }

    @Test
    void notesSitAtTheirMarkers() throws Exception {
        ArchiveRecord r = Samples.seeds().get(1);
        Document doc = dom(tei.write(r, Samples.citing(r)));
        Element first = elements(doc, "note").get(0);
        assertThat(first.getAttribute("n")).isEqualTo("1");
        // Marker 1 follows the heading "(Re: Point I of Protocol No. 50)" in the first paragraph.
        assertThat(first.getPreviousSibling().getTextContent()).endsWith(r.body().substring(0, r.noteMarkers().get(0).offset()).strip());
    }

    @Test
    void hostileTextIsEscapedAndValid() throws Exception {
        ArchiveRecord r = Samples.hostile();
        String xml = tei.write(r, Samples.citing(r));
        assertValid(xml, "hostile");
        Document doc = dom(xml);
        assertNotesAndSpeakers(r, doc);
        // One pointer to a note in the text, one to the archive's own page in the source description.
        assertThat(elements(doc, "ptr")).extracting(e -> e.getAttribute("target"))
                .hasSize(2).contains("https://example.org/document/1?a=b&c=%7Bd%7D");
        assertThat(elements(doc, "title").get(0).getTextContent()).contains("<script>alert(\"x&y\")</script>");
        assertThat(xml).doesNotContain("<script>");
    }

    @Test
    void generatedRecordsAreAllValid() throws Exception {
        for (ArchiveRecord r : Samples.generated(300)) {
            String xml = tei.write(r, Samples.citing(r));
            assertValid(xml, r.id());
            assertNotesAndSpeakers(r, dom(xml));
        }
    }
}
