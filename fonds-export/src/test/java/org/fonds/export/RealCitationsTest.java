package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.ris.RISReference;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PublishedIn;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.Test;

/**
 * Citations of real records ({@code corpus/real}), read by the parser and written in every format,
 * against citations checked by hand against the Chicago Manual of Style, 18th edition: an archival
 * document published in translation and consulted in an online archive. Title and date of the
 * document; compiler ("comp.") and translators ("trans."); where the original is kept, in any
 * archive's system; the print publication with its issue and pages and no year it does not state;
 * the repository and the archive's own URL. Fonds is named only "accessed through" its public
 * address, and only when it has one.
 */
class RealCitationsTest {
    private static final String WCDA = "History and Public Policy Program Digital Archive";
    private static final String PUBLIC = "https://archive.example.org/";

    private final ChicagoWriter chicago = new ChicagoWriter();

    private static Citing offline(ArchiveRecord r) {
        return Citing.at(null, r.id(), Samples.ACCESSED, 1);
    }

    private static Citing published(ArchiveRecord r) {
        return Citing.at(PUBLIC, r.id(), Samples.ACCESSED, 1);
    }

    private ChicagoWriter.Citation cite(ArchiveRecord r, Citing c) {
        return chicago.cite(r, c, ChicagoWriter.Output.TEXT);
    }

    @Test
    void workingNotesPublishedInTheBulletinGiveItsIssueAndPageAndNoYearItDoesNotState() {
        ArchiveRecord r = RealRecords.read("02_presidium_1956-10-20");
        ChicagoWriter.Citation c = cite(r, offline(r));
        assertThat(c.note()).isEqualTo("\u201CWorking Notes from the Session of the CPSU CC Presidium on 20 October 1956,\u201D"
                + " October 20, 1956, comp. V. N. Malin, TsKhSD, F. 3, Op. 12, D. 1005, Ll. 49\u201350,"
                + " published in CWIHP Bulletin, no. 8\u20139, p. 388, " + WCDA
                + ", http://digitalarchive.wilsoncenter.org/document/111877.");
        assertThat(c.bibliography()).isEqualTo("\u201CWorking Notes from the Session of the CPSU CC Presidium on 20 October 1956.\u201D"
                + " October 20, 1956. Compiled by V. N. Malin. TsKhSD, F. 3, Op. 12, D. 1005, Ll. 49\u201350."
                + " Published in CWIHP Bulletin, no. 8\u20139, p. 388. " + WCDA + "."
                + " http://digitalarchive.wilsoncenter.org/document/111877.");
    }

    @Test
    void aSessionOverTwoDaysAndLeavesWithAVerso() {
        ArchiveRecord r = RealRecords.read("01_presidium_1956-07-09-12");
        assertThat(cite(r, offline(r)).note()).startsWith("\u201CWorking Notes from the Session of the CPSU CC Presidium on 9 and 12 July 1956,\u201D"
                + " July 9\u201312, 1956, comp. V. N. Malin, TsKhSD, F. 3, Op. 12, D. 1005, Ll. 2\u20132ob,"
                + " published in CWIHP Bulletin, no. 8\u20139, p. 388, ");
    }

    @Test
    void pagesOfTheBulletinAsARange() {
        ArchiveRecord r = RealRecords.read("04_presidium_1956-10-23");
        assertThat(cite(r, offline(r)).note()).contains(", TsKhSD, F. 3, Op. 12, D. 1006, Ll. 4\u20134ob,"
                + " published in CWIHP Bulletin, no. 8\u20139, pp. 388\u2013389, " + WCDA + ", ");
    }

    @Test
    void thePublicationsOwnYearWhenTheRecordStatesOne() {
        ArchiveRecord r = RealRecords.read("04_presidium_1956-10-23");
        PublishedIn p = r.publishedIn();
        ArchiveRecord withYear = withPublication(r, new PublishedIn(p.title(), p.issue(), p.pages(), "1996"));
        assertThat(cite(withYear, offline(withYear)).note()).contains(" published in CWIHP Bulletin, no. 8\u20139 (1996): 388\u2013389, ");
        assertThat(Exports.byName("bibtex").orElseThrow().write(withYear, offline(withYear)))
                .contains("addendum = {Published in CWIHP Bulletin 8-9 (1996), pp. 388--389}");
    }

    @Test
    void aHungarianArchiveIsKeptWithItsReferenceAsWritten() throws Exception {
        ArchiveRecord r = RealRecords.read("08_horvath_notes_1956-11-03", new ArchivalReference("Magyar Orszagos Leveltar",
                null, null, null, null, null, "Magyar Orszagos Leveltar, XIX J- 1-K Horvath Imre kulugyminiszter iratai, 55, doboz"));
        assertThat(cite(r, offline(r)).note()).isEqualTo("\u201CImre Horvath\u2019s Notes of Khrushchev\u2019s Speech at the 3 November Session,\u201D"
                + " November 3, 1956, Magyar Orszagos Leveltar, XIX J- 1-K Horvath Imre kulugyminiszter iratai, 55, doboz,"
                + " published in CWIHP Bulletin, no. 8\u20139, p. 398, " + WCDA + ", http://digitalarchive.wilsoncenter.org/document/111886.");
        assertThat(Exports.byName("ris").orElseThrow().write(r, offline(r)))
                .contains("\r\nAV  - Magyar Orszagos Leveltar, XIX J- 1-K Horvath Imre kulugyminiszter iratai, 55, doboz\r\n");
        String tei = Exports.byName("tei").orElseThrow().write(r, offline(r));
        TeiWriterTest.assertValid(tei, "08");
        assertThat(tei).contains("<repository>Magyar Orszagos Leveltar</repository>"
                + "<idno type=\"reference\">Magyar Orszagos Leveltar, XIX J- 1-K Horvath Imre kulugyminiszter iratai, 55, doboz</idno>");
    }

    @Test
    void aTranslatedRecordOfConversationNamesItsTranslator() {
        ArchiveRecord r = RealRecords.read("09_mikoyan_mccloy_stevenson_1962-11-01",
                new ArchivalReference("AVP RF", null, null, null, null, null, "AVP RF"));
        String title = "Soviet Record of 1 November1962 Dinner conversation between CPSU CC Politburo Member A.I. Mikoyan"
                + " and White House envoy John McCloy and US Ambassador to the UN Adlai Stevenson";
        ChicagoWriter.Citation c = cite(r, offline(r));
        assertThat(c.note()).isEqualTo("\u201C" + title + ",\u201D November 1, 1962, trans. Vladislav M. Zubok, AVP RF, " + WCDA
                + ", https://digitalarchive.wilsoncenter.org/document/112645.");
        assertThat(c.bibliography()).isEqualTo("\u201C" + title + ".\u201D November 1, 1962. Translated by Vladislav M. Zubok. AVP RF. "
                + WCDA + ". https://digitalarchive.wilsoncenter.org/document/112645.");
    }

    @Test
    void withAPublicUrlFondsIsNamedOnlyAsWhereTheDocumentWasAccessed() {
        ArchiveRecord r = RealRecords.read("02_presidium_1956-10-20");
        ChicagoWriter.Citation c = cite(r, published(r));
        assertThat(c.note()).endsWith(WCDA + ", http://digitalarchive.wilsoncenter.org/document/111877,"
                + " accessed through https://archive.example.org/documents/wcda-111877 on April 21, 2026.");
        assertThat(c.bibliography()).endsWith(WCDA + ". http://digitalarchive.wilsoncenter.org/document/111877."
                + " Accessed through https://archive.example.org/documents/wcda-111877 on April 21, 2026.");
        assertThat(cite(r, offline(r)).note()).doesNotContain("accessed", "archive.example.org");
    }

    @Test
    void aPolishArchiveAndNoUrlOfItsOwn() {
        ArchiveRecord r = RealRecords.read("11_khrushchev_puwp_plenum_1956-03-20", new ArchivalReference("AAN", null, null, null, null,
                "14-87", "AAN, (Archive of Modern Records) PZPR 2631 Materialy do stosunkow partyjnych polsko-radzieckich z lat 1956-1958,"
                + " \"Przemowienie tow. Chruszczowa na VI Plenum K.C.,\" k. 14-87"));
        String start = "\u201CSpeech by Comrade Khrushchev at the 6th PUWP CC Plenum, Warsaw,\u201D March 20, 1956, trans. L.W. Gluchowski,"
                + " AAN, (Archive of Modern Records) PZPR 2631 Materialy do stosunkow partyjnych polsko-radzieckich z lat 1956\u20131958,"
                + " \"Przemowienie tow. Chruszczowa na VI Plenum K.C.,\" k. 14\u201387, " + WCDA;
        assertThat(cite(r, offline(r)).note()).isEqualTo(start + ".");
        // The record has no URL of its own: Fonds' public page is its address, dated by the access.
        assertThat(cite(r, published(r)).note()).isEqualTo(start + ", https://archive.example.org/documents/" + r.id()
                + ", accessed April 21, 2026.");
    }

    @Test
    void theOtherFormatsCarryTheSameFacts() throws Exception {
        ArchiveRecord r = RealRecords.read("09_mikoyan_mccloy_stevenson_1962-11-01");
        String ris = Exports.byName("ris").orElseThrow().write(r, published(r));
        RISReference ref = RisWriterTest.parse(ris);
        assertThat(ref.getURL()).isEqualTo("https://digitalarchive.wilsoncenter.org/document/112645");
        assertThat(ris).contains("\r\nA4  - Zubok, Vladislav M.\r\n", "\r\nM3  - memorandum of conversation\r\n",
                "\r\nN1  - Accessed through https://archive.example.org/documents/wcda-112645 on 2026-04-21.\r\n");

        String bib = Exports.byName("bibtex").orElseThrow().write(r, offline(r));
        assertThat(bib).contains("translator = {Zubok, Vladislav M.}", "url = {https://digitalarchive.wilsoncenter.org/document/112645}")
                .doesNotContain("urldate", "127.0.0.1");

        JsonNode csl = RecordJson.mapper().readTree(Exports.byName("csl-json").orElseThrow().write(r, offline(r))).get(0);
        assertThat(csl.get("translator").get(0).get("family").asText()).isEqualTo("Zubok");
        assertThat(csl.get("URL").asText()).isEqualTo("https://digitalarchive.wilsoncenter.org/document/112645");
        assertThat(csl.get("genre").asText()).isEqualTo("memorandum of conversation");

        String tei = Exports.byName("tei").orElseThrow().write(r, offline(r));
        TeiWriterTest.assertValid(tei, "09");
        assertThat(tei).contains("<respStmt><resp>translated by</resp><persName>Vladislav M. Zubok</persName></respStmt>",
                "<ptr target=\"https://digitalarchive.wilsoncenter.org/document/112645\"/>").doesNotContain("type=\"URI\"");

        ArchiveRecord speech = RealRecords.read("11_khrushchev_puwp_plenum_1956-03-20");
        JsonNode item = RecordJson.mapper().readTree(Exports.byName("csl-json").orElseThrow().write(speech, offline(speech))).get(0);
        assertThat(item.get("type").asText()).isEqualTo("speech");
        String speechTei = Exports.byName("tei").orElseThrow().write(speech, offline(speech));
        TeiWriterTest.assertValid(speechTei, "11");
        // the speaker is the sender the parser reads from "Speech by Comrade Khrushchev"
        assertThat(speechTei).contains("<correspAction type=\"sent\"><name>Khrushchev</name><placeName>Warsaw</placeName></correspAction>",
                "<term type=\"kind\">speech</term>");
    }

    @Test
    void noFormatNamesAnAddressWhereNothingRuns() {
        for (String stem : new String[] {"01_presidium_1956-07-09-12", "08_horvath_notes_1956-11-03", "09_mikoyan_mccloy_stevenson_1962-11-01"}) {
            ArchiveRecord r = RealRecords.read(stem);
            for (Format f : Exports.all()) {
                assertThat(f.write(r, offline(r))).as(stem + " " + f.name()).doesNotContain("127.0.0.1", "localhost", "/documents/");
            }
        }
    }

    private static ArchiveRecord withPublication(ArchiveRecord r, PublishedIn p) {
        return new ArchiveRecord(r.id(), r.title(), r.date(), r.dateRange(), r.dateText(), r.repository(), r.sourceUrl(), r.sourceUrls(),
                r.archiveDocumentId(), r.citation(), r.archivalReferences(), r.compiler(), p, r.summary(), r.originalLanguage(),
                r.translationLanguage(), r.participants(), r.speakers(), r.turns(), r.protocolRefs(), r.body(), r.notes(),
                r.noteMarkers(), r.warnings(), r.dateMentions()).describedAs(r.description());
    }
}
