package org.fonds.parse.tei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.fonds.record.PersonLink;
import org.fonds.record.VolumePerson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The FRUS excerpt of ../shared/corpus/frus (frus1955-57v25, documents d96-d112, its header and
 * lists): each document div one record, each field read as the markup says, checked against
 * counts an XPath engine takes of the same file.
 */
@NeedsShared("corpus/frus")
class FrusExcerptTest {
    static byte[] bytes;
    static Volume volume;
    static Map<String, VolumeDocument> byId;
    static Document dom;
    static XPath xpath;

    @BeforeAll
    static void read() throws Exception {
        Path file = Seeds.present("corpus/frus/frus1955-57v25-excerpt.xml");
        bytes = Files.readAllBytes(file);
        VolumeOutcome outcome = TeiVolumes.read(bytes);
        assertThat(outcome).isInstanceOf(VolumeOutcome.Read.class);
        volume = ((VolumeOutcome.Read) outcome).volume();
        byId = volume.documents().stream().collect(Collectors.toMap(d -> d.record().archiveDocumentId(), Function.identity()));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Tei());
    }

    private static double count(String expr) throws Exception {
        return (Double) xpath.evaluate("count(" + expr + ")", dom, XPathConstants.NUMBER);
    }

    private static ArchiveRecord doc(String id) {
        return byId.get(id).record();
    }

    @Test
    void everyDocumentDivIsExactlyOneRecord() throws Exception {
        assertThat(volume.documents()).hasSize((int) count("//tei:div[@type='document']")).hasSize(17);
        assertThat(volume.documents().stream().map(d -> d.record().id()).distinct()).hasSize(17);
        assertThat(volume.documents().getFirst().record().id()).isEqualTo("frus1955-57v25-d96");
        assertThat(volume.documents().getLast().record().id()).isEqualTo("frus1955-57v25-d112");
    }

    @Test
    void aDocumentsSourceIsItsDivByteForByte() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (int n = 96; n < 112; n++) {
            int start = text.indexOf("<div type=\"document\" xml:id=\"d" + n + "\"");
            int next = text.indexOf("<div type=\"document\" xml:id=\"d" + (n + 1) + "\"");
            String expected = text.substring(start, text.lastIndexOf("</div>", next) + "</div>".length());
            assertThat(new String(byId.get("d" + n).source(), StandardCharsets.UTF_8)).as("d" + n).isEqualTo(expected);
        }
        assertThat(new String(byId.get("d112").source(), StandardCharsets.UTF_8))
                .startsWith("<div type=\"document\" xml:id=\"d112\"").endsWith("</div>");
    }

    @Test
    void theTitleIsTheHeadWithoutItsNumberAndFootnote() {
        assertThat(doc("d97").title()).isEqualTo("Telegram From the Legation in Hungary to the Department of State");
        assertThat(doc("d99").title()).isEqualTo("Editorial Note");
        assertThat(doc("d104").title()).isEqualTo("Memorandum of a Telephone Conversation Between the Secretary of State in"
                + " Washington and the Representative at the United Nations (Lodge) in New York, October 24, 1956, 6:07 p.m.");
    }

    @Test
    void theDateIsTheDatelinesAsWrittenNotWashingtonsTime() {
        // frus:doc-dateTime-min says 1956-10-22T18:00:00-05:00: the same instant in Washington
        assertThat(doc("d98").date()).isEqualTo("1956-10-23");
        assertThat(doc("d98").dateText()).isEqualTo("Budapest, October 23, 1956—midnight.");
        assertThat(doc("d97").date()).isEqualTo("1956-10-23");
        assertThat(doc("d104").date()).isEqualTo("1956-10-24");
        assertThat(doc("d112").date()).isEqualTo("1956-10-25");
    }

    @Test
    void anEditorialNoteSpanningTheVolumeHasNoDateOfItsOwn() {
        assertThat(doc("d99").date()).isNull();
        assertThat(doc("d99").dateText()).isEmpty();
        assertThat(doc("d99").kind()).isEqualTo("note");
    }

    @Test
    void thePlaceIsTheDatelines() {
        assertThat(doc("d97").place()).isEqualTo("Budapest");
        assertThat(doc("d105").place()).isEqualTo("Munich");
        assertThat(doc("d112").place()).isEqualTo("New York");
        assertThat(doc("d99").place()).isNull();
    }

    @Test
    void sendersAndAddresseesAreWhatTheHeadMarks() {
        assertThat(doc("d97").from()).containsExactly("Legation in Hungary");
        assertThat(doc("d97").to()).containsExactly("Department of State");
        assertThat(doc("d100").from()).containsExactly("Philip H. Tresize");
        assertThat(doc("d100").to()).containsExactly("Bowie");
        assertThat(doc("d96").from()).isEmpty();
    }

    @Test
    void kindComesFromTheHead() {
        assertThat(doc("d97").kind()).isEqualTo("telegram");
        assertThat(doc("d108").kind()).isEqualTo("transcript");
        assertThat(doc("d104").kind()).isEqualTo("memorandum of conversation");
        assertThat(doc("d96").kind()).isEqualTo("minutes");
    }

    @Test
    void classificationIsTheSourceNotesMarking() {
        assertThat(doc("d97").classification()).isEqualTo("Confidential");
        assertThat(doc("d98").classification()).isEqualTo("Official Use Only");
        assertThat(doc("d107").classification()).isEqualTo("Top Secret");
        assertThat(doc("d96").classification()).isEqualTo("Secret");
        assertThat(doc("d104").classification()).isNull();
    }

    @Test
    void theSourceNoteIsTheCitationWithItsFileReference() {
        ArchiveRecord d97 = doc("d97");
        assertThat(d97.citation()).isEqualTo("Source: Department of State, Central Files, 764.00/10–2356. Confidential;"
                + " Priority. Repeated to Vienna and Munich.");
        assertThat(d97.archivalReferences()).hasSize(1);
        assertThat(d97.archivalReferences().getFirst().archive()).isEqualTo("Department of State");
        assertThat(d97.archivalReferences().getFirst().text()).isEqualTo("Department of State, Central Files, 764.00/10–2356");
        assertThat(doc("d104").archivalReferences().getFirst().text())
                .isEqualTo("Eisenhower Library, Dulles Papers, General Telephone Conversations");
        assertThat(doc("d99").citation()).isEmpty();
        // the source note is the citation, not a note
        assertThat(d97.notes()).extracting(Note::n).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void everyOtherFootnoteIsANoteWithItsMarkerInTheBody() throws Exception {
        int notes = 0;
        int marked = 0;
        for (VolumeDocument d : volume.documents()) {
            ArchiveRecord r = d.record();
            String id = r.archiveDocumentId();
            int inXml = (int) count("//tei:div[@xml:id='" + id + "']//tei:note[not(@type='source')]"
                    + "[not(ancestor::tei:note)][not(ancestor::tei:head)]");
            assertThat(r.notes()).as(id).hasSize(inXml);
            notes += r.notes().size();
            for (Note n : r.notes()) {
                if (r.noteMarkers().stream().anyMatch(m -> m.n() == n.n())) marked++;
            }
            for (NoteMarker m : r.noteMarkers()) assertThat(m.offset()).isLessThanOrEqualTo(r.body().length());
        }
        assertThat(notes).isGreaterThan(40);
        assertThat(marked).isEqualTo(notes);
        ArchiveRecord d97 = doc("d97");
        int at = d97.noteMarkers().stream().filter(m -> m.n() == 2).findFirst().orElseThrow().offset();
        assertThat(d97.body().substring(0, at)).endsWith("presided over by writer Gyula Hay.");
        assertThat(d97.notes().getFirst().text()).isEqualTo("Winner of the Kossuth Prize for Literature.");
    }

    @Test
    void theBodyIsTheTextWithoutHeadDatelineOrNotes() {
        String body = doc("d97").body();
        assertThat(body).startsWith("151. Department pass other EE posts as desired.");
        assertThat(body).doesNotContain("Winner of the Kossuth").doesNotContain("Source:").doesNotContain("  ");
        assertThat(body).contains("\n\nSecond meeting was of four to five thousand students");
    }

    @Test
    void theVolumeIsPublishedInAndTheAddressIsHistoryStateGov() {
        ArchiveRecord d97 = doc("d97");
        assertThat(d97.sourceUrl()).isEqualTo("https://history.state.gov/historicaldocuments/frus1955-57v25/d97");
        assertThat(d97.publishedIn().title()).isEqualTo("Foreign Relations of the United States, 1955–1957, vol. XXV, Eastern Europe");
        assertThat(d97.publishedIn().issue()).isEqualTo("doc. 97");
        assertThat(d97.publishedIn().pages()).isEqualTo("260-263");
        assertThat(d97.repository()).isEqualTo("Office of the Historian, Bureau of Public Affairs, U.S. Department of State");
        assertThat(d97.layout()).isEqualTo("frus-tei");
    }

    @Test
    void namesMarkedAsPersonsAreLinkedToTheirEntries() throws Exception {
        int corresp = (int) count("//tei:div[@type='document']//tei:persName[@corresp]");
        List<PersonLink> linked = new ArrayList<>();
        for (VolumeDocument d : volume.documents()) {
            for (PersonLink l : d.record().personLinks()) if (l.ref() != null) linked.add(l);
        }
        assertThat(corresp).isEqualTo(195);
        assertThat(linked.size()).isGreaterThanOrEqualTo((int) Math.ceil(corresp * 0.95)).isLessThanOrEqualTo(corresp);
        // each linked person travels with the record, with the volume's identification
        for (VolumeDocument d : volume.documents()) {
            for (PersonLink l : d.record().personLinks()) {
                if (l.ref() != null) assertThat(d.record().persons()).extracting(VolumePerson::ref).contains(l.ref());
            }
        }
        PersonLink kadar = doc("d108").personLinks().stream().filter(l -> l.form().equals("Kadar")).findFirst().orElseThrow();
        assertThat(kadar.ref()).isEqualTo("frus1955-57v25#p_KJ1");
        assertThat(doc("d108").body().substring(kadar.offset())).startsWith("Kadar");
    }

    @Test
    void theListOfPersonsIsTheVolumesAuthority() {
        ArchiveRecord v = volume.record();
        assertThat(v.id()).isEqualTo("frus1955-57v25");
        assertThat(v.layout()).isEqualTo("frus-tei-volume");
        assertThat(v.persons()).hasSize(134);
        VolumePerson kadar = v.persons().stream().filter(p -> p.ref().endsWith("#p_KJ1")).findFirst().orElseThrow();
        assertThat(kadar.name()).isEqualTo("Kádár, János");
        assertThat(kadar.identification()).isEqualTo("General Secretary of the Hungarian Workers’ Party; Prime Minister"
                + " of Hungary from November 1956");
        assertThat(v.title()).isEqualTo("Foreign Relations of the United States, 1955–1957, Eastern Europe, Volume XXV");
    }

    /** The TEI namespace as the prefix {@code tei}. */
    private static final class Tei implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return switch (prefix) {
                case "tei" -> "http://www.tei-c.org/ns/1.0";
                case "xml" -> XMLConstants.XML_NS_URI;
                default -> XMLConstants.NULL_NS_URI;
            };
        }

        @Override
        public String getPrefix(String uri) {
            return null;
        }

        @Override
        public Iterator<String> getPrefixes(String uri) {
            return List.<String>of().iterator();
        }
    }
}
