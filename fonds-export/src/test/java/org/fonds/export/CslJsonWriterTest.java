package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Map;
import java.util.Set;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.Test;

/**
 * CSL-JSON checked against the rules of the CSL-JSON schema (csl-data.json) for the fields
 * written, and read by citeproc-java.
 */
class CslJsonWriterTest {
    private final CslJsonWriter csl = new CslJsonWriter();

    /** The CSL variables this writer may use, each with the JSON kind csl-data.json gives it. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("id", "string"), Map.entry("type", "string"), Map.entry("title", "string"),
            Map.entry("compiler", "names"), Map.entry("translator", "names"), Map.entry("genre", "string"), Map.entry("issued", "date"), Map.entry("accessed", "date"),
            Map.entry("archive", "string"), Map.entry("archive_location", "string"), Map.entry("container-title", "string"),
            Map.entry("issue", "string|number"), Map.entry("page", "string|number"), Map.entry("URL", "string"),
            Map.entry("version", "string"), Map.entry("abstract", "string"), Map.entry("language", "string"),
            Map.entry("note", "string"));
    private static final Set<String> NAME_PARTS = Set.of("family", "given", "dropping-particle", "non-dropping-particle",
            "suffix", "literal");

    static JsonNode checkSchema(String json) throws Exception {
        JsonNode root = RecordJson.mapper().readTree(json);
        assertThat(root.isArray()).isTrue();
        assertThat(root).hasSize(1);
        JsonNode item = root.get(0);
        assertThat(item.isObject()).isTrue();
        assertThat(item.has("id") && item.has("type")).as("required id and type").isTrue();
        assertThat(item.get("type").asText()).isEqualTo("manuscript");
        item.fieldNames().forEachRemaining(field -> {
            assertThat(KINDS).as("a CSL variable: " + field).containsKey(field);
            check(field, KINDS.get(field), item.get(field));
        });
        return item;
    }

    private static void check(String field, String kind, JsonNode v) {
        switch (kind) {
            case "string" -> assertThat(v.isTextual()).as(field).isTrue();
            case "string|number" -> assertThat(v.isTextual() || v.isNumber()).as(field).isTrue();
            case "names" -> {
                assertThat(v.isArray()).as(field).isTrue();
                v.forEach(name -> name.fieldNames().forEachRemaining(part -> {
                    assertThat(NAME_PARTS).contains(part);
                    assertThat(name.get(part).isTextual()).isTrue();
                }));
            }
            case "date" -> {
                assertThat(v.isObject()).as(field).isTrue();
                assertThat(v.fieldNames()).toIterable().containsOnly("date-parts");
                JsonNode parts = v.get("date-parts");
                assertThat(parts.size()).as(field).isBetween(1, 2);
                parts.forEach(p -> {
                    assertThat(p.size()).isBetween(1, 3);
                    p.forEach(n -> assertThat(n.isInt()).isTrue());
                });
            }
            default -> throw new AssertionError(kind);
        }
    }

    @Test
    void everySeedIsValidCslJsonThatCiteprocReads() throws Exception {
        for (ArchiveRecord r : Samples.seeds()) {
            JsonNode item = checkSchema(csl.write(r, Samples.citing(r)));
            assertThat(item.get("title").asText()).isEqualTo(r.title());
            assertThat(item.get("archive").asText()).isEqualTo(r.repository());
            assertThat(item.get("archive_location").asText()).isEqualTo(Locations.all(r));
            // The Bulletin is in the note, where no style dates it by the meeting it prints.
            assertThat(item.has("container-title")).isFalse();
            assertThat(item.get("note").asText()).startsWith("Published in CWIHP Bulletin " + r.publishedIn().issue() + ", p");
            assertThat(item.get("URL").asText()).isEqualTo(r.sourceUrl());
            assertThat(item.get("accessed")).isNull();
            assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(1956);
            assertThat(item.get("compiler").get(0).get("family").asText()).isEqualTo("Malin");
            assertThat(item.get("language").asText()).isEqualTo("en");
            assertThat(item.get("note").asText()).contains("Original language: Russian.");

            @SuppressWarnings("unchecked")
            Map<String, Object> map = RecordJson.mapper().convertValue(item, Map.class);
            CSLItemData data = CSLItemData.fromJson(map);
            assertThat(data.getTitle()).isEqualTo(r.title());
            assertThat(data.getArchiveLocation()).isEqualTo(Locations.all(r));
        }
    }

    @Test
    void aDateRangeIsTwoDateParts() throws Exception {
        JsonNode item = checkSchema(csl.write(Samples.hostile(), Samples.citing(Samples.hostile())));
        assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[1956,7,9],[1956,7,12]]");
    }

    @Test
    void hostileTextIsStillValid() throws Exception {
        ArchiveRecord r = Samples.hostile();
        JsonNode item = checkSchema(csl.write(r, Samples.citing(r)));
        assertThat(item.get("title").asText()).isEqualTo(Clean.oneLine(r.title()));
    }

    @Test
    void generatedRecordsAreValid() throws Exception {
        for (ArchiveRecord r : Samples.generated(100)) checkSchema(csl.write(r, Samples.citing(r)));
    }
}
