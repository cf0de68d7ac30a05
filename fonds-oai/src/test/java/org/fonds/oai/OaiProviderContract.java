package org.fonds.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.oai.OaiFixture.ask;
import static org.fonds.oai.OaiFixture.errorCodes;
import static org.fonds.oai.OaiFixture.request;
import static org.fonds.oai.OaiFixture.texts;
import static org.fonds.oai.OaiFixture.token;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fonds.record.ArchiveRecord;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Every verb and every error code on a store of 25 synthetic documents stored in two batches a
 * second apart (so datestamps can tell them apart) and one object whose record cannot be read.
 * Lists come 7 to a page. Every response is checked against the schema rules ({@link OaiSchema}).
 * Run once per kind of catalog ({@link ScannedCatalogOaiTest}, {@link StoredCatalogOaiTest}): a
 * harvester must not be able to tell them apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OaiProviderContract {
    static final int PAGE = 7;

    /** The class's folder, given to {@link #store} (a field annotated {@code @TempDir} is not set yet in a {@code @BeforeAll}). */
    Path tmp;
    OcflStore store;
    OaiProvider provider;
    Map<String, ArchiveRecord> first;
    Map<String, ArchiveRecord> second;
    Map<String, ArchiveRecord> all = new LinkedHashMap<>();

    /** A provider over {@code store} (kept in {@code home}) that lists what the store holds now. */
    abstract OaiProvider provider(OcflStore store, ArchiveHome home, OaiConfig config) throws IOException;

    @BeforeAll
    void store(@TempDir Path dir) throws IOException, InterruptedException {
        tmp = dir;
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        OaiFixture.putBroken(home);
        store = OcflStore.open(home);
        first = OaiFixture.putSynthetic(store, 0, 10);
        OaiFixture.nextSecond();
        second = OaiFixture.putSynthetic(store, 10, 25);
        all.putAll(first);
        all.putAll(second);
        provider = provider(store, home, OaiFixture.config(PAGE));
    }

    @AfterAll
    void close() {
        store.close();
    }

    String ask(String query) {
        return OaiFixture.ask(provider, query, Instant.now());
    }

    long datestamp(String id) {
        return store.history(id).getLast().created().toEpochSecond();
    }

    /** Follows resumption tokens to the end; returns the identifiers in the order received. */
    List<String> harvest(String query, String item) {
        List<String> ids = new ArrayList<>();
        String xml = ask(query);
        String verb = query.substring("verb=".length(), query.indexOf('&') < 0 ? query.length() : query.indexOf('&'));
        while (true) {
            int before = ids.size();
            ids.addAll(texts(xml, "identifier").stream().filter(s -> s.startsWith("oai:")).toList());
            assertThat(ids.size() - before).as("items on a page").isBetween(1, PAGE);
            assertThat(texts(xml, item)).hasSize(ids.size() - before);
            Element token = token(xml);
            if (token == null) return ids;
            assertThat(token.getAttribute("cursor")).isEqualTo(Integer.toString(before));
            if (token.getTextContent().isEmpty()) return ids;
            xml = ask("verb=" + verb + "&resumptionToken=" + URLEncoder.encode(token.getTextContent(), StandardCharsets.UTF_8));
        }
    }

    List<String> oaiIds(Map<String, ArchiveRecord> records) {
        return records.keySet().stream().sorted().map(id -> "oai:fonds:" + id).toList();
    }

    @Test
    void identifySaysWhoWeAreAndTheEarliestDatestamp() {
        String xml = ask("verb=Identify");
        assertThat(texts(xml, "repositoryName")).containsExactly("Fonds");
        assertThat(texts(xml, "baseURL")).containsExactly("http://fonds.test/oai");
        assertThat(texts(xml, "protocolVersion")).containsExactly("2.0");
        assertThat(texts(xml, "adminEmail")).containsExactly("archivist@fonds.test");
        assertThat(texts(xml, "deletedRecord")).containsExactly("no");
        assertThat(texts(xml, "granularity")).containsExactly("YYYY-MM-DDThh:mm:ssZ");
        long earliest = all.keySet().stream().mapToLong(this::datestamp).min().orElseThrow();
        assertThat(texts(xml, "earliestDatestamp")).containsExactly(Instant.ofEpochSecond(earliest).toString());
        assertThat(request(xml).getAttribute("verb")).isEqualTo("Identify");
        assertThat(request(xml).getTextContent()).isEqualTo("http://fonds.test/oai");
    }

    @Test
    void listMetadataFormatsOffersOaiDcForTheRepositoryAndForAnItem() {
        String id = "oai:fonds:" + first.keySet().iterator().next();
        for (String xml : List.of(ask("verb=ListMetadataFormats"), ask("verb=ListMetadataFormats&identifier=" + id))) {
            assertThat(texts(xml, "metadataPrefix")).containsExactly("oai_dc");
            assertThat(texts(xml, "metadataNamespace")).containsExactly("http://www.openarchives.org/OAI/2.0/oai_dc/");
            assertThat(texts(xml, "schema")).containsExactly("http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        }
        assertThat(request(ask("verb=ListMetadataFormats&identifier=" + id)).getAttribute("identifier")).isEqualTo(id);
    }

    @Test
    void listMetadataFormatsOfAnUnknownItemIsIdDoesNotExistAndOfAnUnreadableOneNoMetadataFormats() {
        String unknown = ask("verb=ListMetadataFormats&identifier=oai:fonds:no-such-document");
        assertThat(errorCodes(unknown)).containsExactly("idDoesNotExist");
        assertThat(request(unknown).getAttribute("identifier")).isEqualTo("oai:fonds:no-such-document");
        assertThat(errorCodes(ask("verb=ListMetadataFormats&identifier=wcda-1"))).containsExactly("idDoesNotExist");
        assertThat(errorCodes(ask("verb=ListMetadataFormats&identifier=oai:fonds:" + OaiFixture.BROKEN)))
                .containsExactly("noMetadataFormats");
    }

    @Test
    void listSetsNamesEveryRepositoryArchiveAndFondOnceWithTheirKinds() {
        String xml = ask("verb=ListSets");
        List<String> specs = texts(xml, "setSpec");
        List<String> expected = new ArrayList<>(List.of("repository", "archive", "fond"));
        expected.addAll(all.values().stream().flatMap(r -> SetSpecs.of(r).stream()).map(OaiSet::spec).distinct().sorted().toList());
        assertThat(specs).containsExactlyElementsOf(expected);
        assertThat(specs).anyMatch(s -> s.startsWith("repository:")).anyMatch(s -> s.startsWith("archive:"))
                .anyMatch(s -> s.startsWith("fond:"));
        assertThat(specs).allMatch(s -> s.matches("[a-z]+(:[a-z0-9-]+)?"));
    }

    @Test
    void listSetsHasNoPagesSoAnyResumptionTokenIsBad() {
        assertThat(errorCodes(ask("verb=ListSets&resumptionToken=abc"))).containsExactly("badResumptionToken");
    }

    @Test
    void getRecordMapsTheRecordToDublinCore() {
        // a record with every field Dublin Core maps (not every generated layout gives an original language)
        ArchiveRecord r = first.values().stream().filter(x -> x.compiler() != null && x.summary() != null
                && !x.archivalReferences().isEmpty() && x.originalLanguage() != null).findFirst().orElseThrow();
        String xml = ask("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:fonds:" + r.id());
        assertThat(texts(xml, "identifier")).containsExactly("oai:fonds:" + r.id(), "http://fonds.test/documents/" + r.id());
        assertThat(texts(xml, "datestamp")).containsExactly(Instant.ofEpochSecond(datestamp(r.id())).toString());
        assertThat(texts(xml, "setSpec")).containsExactlyElementsOf(SetSpecs.of(r).stream().map(OaiSet::spec).toList());
        assertThat(texts(xml, "title")).containsExactly(r.title());
        assertThat(texts(xml, "date")).containsExactly(r.date() != null ? r.date() : r.dateText());
        assertThat(texts(xml, "description")).containsExactly(r.summary());
        assertThat(texts(xml, "type")).containsExactly("Text");
        assertThat(texts(xml, "source")).containsExactly(r.citation());
        assertThat(texts(xml, "publisher")).containsExactly(r.repository());
        assertThat(texts(xml, "contributor")).containsExactly(r.compiler());
        assertThat(texts(xml, "language")).contains(r.originalLanguage());
        assertThat(texts(xml, "relation")).containsAll(r.sourceUrls());
        assertThat(texts(xml, "subject")).containsAll(r.participants()).containsAll(r.speakers());
        Element req = request(xml);
        assertThat(req.getAttribute("metadataPrefix")).isEqualTo("oai_dc");
        assertThat(req.getAttribute("identifier")).isEqualTo("oai:fonds:" + r.id());
    }

    @Test
    void getRecordOfAnUnknownItemOrInAnotherFormatFails() {
        String id = "oai:fonds:" + first.keySet().iterator().next();
        assertThat(errorCodes(ask("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:fonds:nothing"))).containsExactly("idDoesNotExist");
        assertThat(errorCodes(ask("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:fonds:"))).containsExactly("idDoesNotExist");
        String marc = ask("verb=GetRecord&metadataPrefix=marc21&identifier=" + id);
        assertThat(errorCodes(marc)).containsExactly("cannotDisseminateFormat");
        assertThat(request(marc).getAttribute("metadataPrefix")).isEqualTo("marc21");
        assertThat(errorCodes(ask("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:fonds:" + OaiFixture.BROKEN)))
                .containsExactly("cannotDisseminateFormat");
    }

    @Test
    void listIdentifiersPagesThroughEveryReadableDocumentOnceInIdOrder() {
        String xml = ask("verb=ListIdentifiers&metadataPrefix=oai_dc");
        assertThat(token(xml).getAttribute("completeListSize")).isEqualTo("25");
        assertThat(token(xml).getAttribute("cursor")).isEqualTo("0");
        assertThat(token(xml).getAttribute("expirationDate")).endsWith("Z");
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc", "header")).containsExactlyElementsOf(oaiIds(all));
    }

    @Test
    void listRecordsPagesThroughEveryRecordWithItsMetadataAndEndsWithAnEmptyToken() {
        assertThat(harvest("verb=ListRecords&metadataPrefix=oai_dc", "record")).containsExactlyElementsOf(oaiIds(all));
        String last = ask("verb=ListRecords&resumptionToken=" + lastToken("ListRecords"));
        assertThat(token(last).getTextContent()).isEmpty();
        assertThat(token(last).getAttribute("cursor")).isEqualTo("21");
        assertThat(token(last).getAttribute("completeListSize")).isEqualTo("25");
        assertThat(request(last).getAttributes().getLength()).isEqualTo(2);
        assertThat(texts(last, "title")).hasSize(4);
    }

    /** The token that asks for the last page of a harvest of everything. */
    String lastToken(String verb) {
        String xml = ask("verb=" + verb + "&metadataPrefix=oai_dc");
        String token = null;
        while (token(xml) != null && !token(xml).getTextContent().isEmpty()) {
            token = URLEncoder.encode(token(xml).getTextContent(), StandardCharsets.UTF_8);
            xml = ask("verb=" + verb + "&resumptionToken=" + token);
        }
        return token;
    }

    @Test
    void fromAndUntilSelectByDatestampInclusivelyAtBothGranularities() {
        long firstOfSecond = second.keySet().stream().mapToLong(this::datestamp).min().orElseThrow();
        long lastOfFirst = first.keySet().stream().mapToLong(this::datestamp).max().orElseThrow();
        assertThat(lastOfFirst).isLessThan(firstOfSecond);
        String from = Instant.ofEpochSecond(firstOfSecond).toString();
        String until = Instant.ofEpochSecond(lastOfFirst).toString();
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + from, "header")).containsExactlyElementsOf(oaiIds(second));
        assertThat(harvest("verb=ListRecords&metadataPrefix=oai_dc&until=" + until, "record")).containsExactlyElementsOf(oaiIds(first));
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + from + "&until=" + from, "header"))
                .containsExactlyElementsOf(oaiIds(second.keySet().stream().filter(id -> datestamp(id) == firstOfSecond)
                        .collect(Collectors.toMap(id -> id, second::get))));
        String today = Instant.ofEpochSecond(firstOfSecond).atZone(ZoneOffset.UTC).toLocalDate().toString();
        String day = Instant.ofEpochSecond(lastOfFirst).atZone(ZoneOffset.UTC).toLocalDate().toString();
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + day + "&until=" + today, "header"))
                .containsExactlyElementsOf(oaiIds(all));
        String future = ask("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01");
        assertThat(errorCodes(future)).containsExactly("noRecordsMatch");
        assertThat(request(future).getAttribute("from")).isEqualTo("2999-01-01");
        assertThat(errorCodes(ask("verb=ListRecords&metadataPrefix=oai_dc&until=1999-12-31T23:59:59Z"))).containsExactly("noRecordsMatch");
    }

    @Test
    void setSelectsItsMembersAndThoseOfTheSetsBelowIt() {
        String archive = all.values().stream().flatMap(r -> SetSpecs.of(r).stream()).map(OaiSet::spec)
                .filter(s -> s.startsWith("archive:")).findFirst().orElseThrow();
        Map<String, ArchiveRecord> members = all.entrySet().stream()
                .filter(e -> SetSpecs.of(e.getValue()).stream().anyMatch(s -> s.spec().equals(archive)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(members).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(harvest("verb=ListRecords&metadataPrefix=oai_dc&set=" + archive, "record")).containsExactlyElementsOf(oaiIds(members));
        Map<String, ArchiveRecord> referenced = all.entrySet().stream().filter(e -> !e.getValue().archivalReferences().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=archive", "header")).containsExactlyElementsOf(oaiIds(referenced));
        assertThat(errorCodes(ask("verb=ListIdentifiers&metadataPrefix=oai_dc&set=archive:no-such-archive"))).containsExactly("noRecordsMatch");
        assertThat(errorCodes(ask("verb=ListIdentifiers&metadataPrefix=oai_dc&set=arch"))).containsExactly("noRecordsMatch");
    }

    @Test
    void listsInAnotherFormatCannotBeDisseminated() {
        assertThat(errorCodes(ask("verb=ListRecords&metadataPrefix=mods"))).containsExactly("cannotDisseminateFormat");
        assertThat(errorCodes(ask("verb=ListIdentifiers&metadataPrefix=mods"))).containsExactly("cannotDisseminateFormat");
    }

    @Test
    void aMissingRepeatedOrUnknownVerbIsBadVerbAndEchoesNoArguments() {
        for (String query : List.of("", "metadataPrefix=oai_dc", "verb=Identify&verb=Identify", "verb=ListEverything",
                "verb=identify", "verb=")) {
            String xml = ask(query);
            assertThat(errorCodes(xml)).as(query).containsExactly("badVerb");
            assertThat(request(xml).getAttributes().getLength()).as(query).isZero();
            assertThat(request(xml).getTextContent()).isEqualTo("http://fonds.test/oai");
        }
    }

    @Test
    void illegalRepeatedMissingAndMalformedArgumentsAreBadArgumentsAllReported() {
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put("verb=Identify&identifier=x", 1);
        cases.put("verb=Identify&set=a&from=2020-01-01", 2);
        cases.put("verb=ListRecords", 1);
        cases.put("verb=GetRecord&identifier=oai:fonds:x", 1);
        cases.put("verb=GetRecord", 2);
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", 1);
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=2020-13-01", 1);
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=2020-02-30", 1);
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&until=2020-01-01T00:00:00", 1);
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&until=2020-01-01T25:00:00Z", 1);
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-02&until=2020-01-01", 1);
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-01-02T00:00:00Z", 1);
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&set=a%20b", 1);
        cases.put("verb=ListRecords&metadataPrefix=oai%20dc", 1);
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", 1);
        cases.put("verb=ListIdentifiers&resumptionToken=", 1);
        cases.put("verb=GetRecord&metadataPrefix=oai_dc&identifier=a%20b", 1);
        cases.put("verb=ListMetadataFormats&metadataPrefix=oai_dc", 1);
        cases.forEach((query, errors) -> {
            String xml = ask(query);
            assertThat(errorCodes(xml)).as(query).hasSize(errors).containsOnly("badArgument");
            assertThat(request(xml).getAttributes().getLength()).as(query).isZero();
        });
    }

    @Test
    void aTokenThatIsMalformedAlteredExpiredOrForAnotherVerbIsBadResumptionToken() {
        String xml = ask("verb=ListIdentifiers&metadataPrefix=oai_dc");
        String token = token(xml).getTextContent();
        String enc = URLEncoder.encode(token, StandardCharsets.UTF_8);
        int dot = token.indexOf('.');
        char c = token.charAt(dot - 2);
        String altered = token.substring(0, dot - 2) + (c == 'A' ? 'B' : 'A') + token.substring(dot - 1);
        List<String> bad = List.of("garbage", "a.b.c", "!!!.???", URLEncoder.encode(altered, StandardCharsets.UTF_8),
                URLEncoder.encode(token.substring(0, dot) + ".AAAAAAAAAAAAAAAAAAAAAA", StandardCharsets.UTF_8));
        for (String t : bad) {
            String answer = ask("verb=ListIdentifiers&resumptionToken=" + t);
            assertThat(errorCodes(answer)).as(t).containsExactly("badResumptionToken");
            assertThat(request(answer).getAttribute("resumptionToken")).isNotEmpty();
        }
        assertThat(errorCodes(ask("verb=ListRecords&resumptionToken=" + enc))).containsExactly("badResumptionToken");
        String later = OaiFixture.ask(provider, "verb=ListIdentifiers&resumptionToken=" + enc, Instant.now().plus(Duration.ofHours(2)));
        assertThat(errorCodes(later)).containsExactly("badResumptionToken");
        assertThat(texts(later, "error").getFirst()).contains("expired");
        OaiProvider otherKey = new OaiProvider(store, new OaiConfig("http://fonds.test/oai", "http://fonds.test", "a@b.cd", PAGE,
                Duration.ofHours(1), Duration.ofMinutes(1), "another key of sixteen bytes".getBytes(StandardCharsets.UTF_8)));
        assertThat(errorCodes(OaiFixture.ask(otherKey, "verb=ListIdentifiers&resumptionToken=" + enc, Instant.now())))
                .containsExactly("badResumptionToken");
        assertThat(errorCodes(ask("verb=ListIdentifiers&resumptionToken=" + enc))).isEmpty();
    }

    @Test
    void anEmptyStoreHasNoSetHierarchyAndNoRecords() throws IOException {
        try (OcflStore empty = OcflStore.open(new ArchiveHome(tmp.resolve("empty")))) {
            OaiProvider p = provider(empty, new ArchiveHome(tmp.resolve("empty")), OaiFixture.config(PAGE));
            Instant now = Instant.now();
            assertThat(errorCodes(OaiFixture.ask(p, "verb=ListSets", now))).containsExactly("noSetHierarchy");
            assertThat(errorCodes(OaiFixture.ask(p, "verb=ListRecords&metadataPrefix=oai_dc&set=archive", now)))
                    .containsExactly("noSetHierarchy");
            assertThat(errorCodes(OaiFixture.ask(p, "verb=ListIdentifiers&metadataPrefix=oai_dc", now))).containsExactly("noRecordsMatch");
            assertThat(texts(OaiFixture.ask(p, "verb=Identify", now), "earliestDatestamp")).containsExactly("1970-01-01T00:00:00Z");
        }
    }

    static void awaitRebuilt(OaiProvider p) {
        try {
            p.catalog().awaitRebuilt();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A flipped byte in one stored object once took every list verb down with 500 after a restart,
     * each request retrying the whole catalog (issue 15): the object is left out, the rest served.
     */
    @Test
    void aDamagedObjectIsLeftOutOfTheListsAndEveryVerbStillAnswers() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp.resolve("damaged"));
        try (OcflStore damagedStore = OcflStore.open(home)) {
            Map<String, ArchiveRecord> stored = OaiFixture.putSynthetic(damagedStore, 0, 6);
            String damaged = stored.keySet().stream().sorted().toList().get(2);
            OaiFixture.flipByte(OaiFixture.storedFile(home, damaged, OcflStore.RECORD), 30);
            OaiProvider p = provider(damagedStore, home, OaiFixture.config(PAGE));
            Instant now = Instant.now();
            assertThat(errorCodes(OaiFixture.ask(p, "verb=Identify", now))).isEmpty();
            assertThat(errorCodes(OaiFixture.ask(p, "verb=ListSets", now))).isEmpty();
            List<String> listed = texts(OaiFixture.ask(p, "verb=ListIdentifiers&metadataPrefix=oai_dc", now), "identifier");
            assertThat(listed).hasSize(5).doesNotContain("oai:fonds:" + damaged);
            assertThat(texts(OaiFixture.ask(p, "verb=ListRecords&metadataPrefix=oai_dc", now), "record")).hasSize(5);
            String record = OaiFixture.ask(p, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:fonds:" + damaged, now);
            assertThat(errorCodes(record)).containsExactly("cannotDisseminateFormat");
            assertThat(record).contains("fixity");
        }
    }
}
