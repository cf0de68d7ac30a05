package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.parse.NeedsShared;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * East Asian names filed by their family name with no authority and no help from the corpus (issue
 * 12): "Liu Shaoqi", never written "Liu" alone, is filed under L as the historian's gold files him.
 * Each form is looked up in its record's gold ({@code ../shared/corpus/real/people},
 * {@code seeds-people}): the person found must carry the gold's id (so the people list, in id order,
 * files them by the gold's letter) and be shown by the name as the gold writes it.
 */
@NeedsShared({"corpus/real/docs", "corpus/real/people", "corpus/seeds", "corpus/seeds-people"})
class EastAsianPeopleTest {
    /** The East Asian names of the real records, by record. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "05_presidium_1956-10-26", List.of("Liu Shaoqi"),
            "b20_zhou_ung_van_khiem_1961-08-21", List.of("Zhou Enlai", "Ung Van Khiem", "Ji Pengfei", "Ni Liyu", "Ho Chi Minh",
                    "Hoang Van Hoan", "Xuan Thuy", "Chen Yi", "Pham Van Dong"),
            "b21_khrushchev_ho_chi_minh_1961-08-17", List.of("Ho Chi Minh"),
            "b25_mikoyan_zhou_1949-02-01", List.of("Zhou Enlai", "Zhu De", "Shi Zhe", "Mao Zedong"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, ArchiveRecord> real;
    private static Deliberations d;

    @BeforeAll
    static void build() {
        real = Corpus.real();
        d = Corpus.realTables();
    }

    @Test
    void each_east_asian_name_of_the_real_records_has_the_gold_id_and_is_shown_family_name_first() throws IOException {
        for (Map.Entry<String, List<String>> e : NAMES.entrySet()) {
            for (String form : e.getValue()) {
                Person p = in(d, real.get(e.getKey()).id(), form);
                JsonNode gold = gold(Corpus.folder("real/people").resolve(e.getKey() + ".json"), form);
                assertThat(p.id()).as(form + " in " + e.getKey()).isEqualTo(gold.get("id").asText());
                assertThat(p.preferredName()).as(form + " in " + e.getKey()).isEqualTo(gold.get("name").asText());
            }
        }
    }

    @Test
    void liu_shaoqi_of_the_seeds_is_filed_under_liu() throws IOException {
        Map<String, ArchiveRecord> seeds = Corpus.parsed(Corpus.folder("seeds"));
        Deliberations corpusOnly = Deliberations.build(seeds.values(), Authority.empty());
        String stem = "002_83cb7e9f6d5f0379";
        Person liu = in(corpusOnly, seeds.get(stem).id(), "Liu Shaoqi");
        assertThat(liu.id()).isEqualTo(gold(Corpus.folder("seeds-people").resolve(stem + ".json"), "Liu Shaoqi").get("id").asText());
        // the people list is in id order: he stands under L, not S
        List<String> ids = corpusOnly.people().stream().map(Person::id).toList();
        assertThat(ids).isSorted().doesNotContain("shaoqi-liu");
    }

    @Test
    void the_korean_ambassadors_names_are_filed_under_his_family_name() throws IOException {
        // b18, a Hungarian record: "Comrade Pak Gyeong-sun [Pak Kyong-sun]", a hyphenated given name
        // read whole (it was cut to "Pak Gyeong" and "Pak Kyong"), two spellings of one man
        String stem = "b18_hungarian_record_dprk_ambassador_1972-08-30";
        String family = gold(Corpus.folder("real/people").resolve(stem + ".json"), "Pak Kyong-sun").get("id").asText().split("-")[0];
        Person gyeong = in(d, real.get(stem).id(), "Pak Gyeong-sun");
        assertThat(gyeong.id()).startsWith(family + "-");
        assertThat(in(d, real.get(stem).id(), "Pak Kyong-sun").id()).isEqualTo(gyeong.id());
    }

    @Test
    void western_names_keep_their_order_and_hungarian_ones_the_corpus_reads() throws IOException {
        // b19: a Chinese diplomat's Western given name first; b18: "Nagy Lajos" (a bare "Nagy" elsewhere); 14: "Bela Kovacs"
        Map<String, String> forms = Map.of("b19_frus_telegram_1948", "Hollington Tong",
                "b18_hungarian_record_dprk_ambassador_1972-08-30", "Nagy Lajos",
                "14_mikoyan_suslov_telegram_1956-10-27", "Bela Kovacs",
                "b14_andropov_rwp_talks_1963-04-03", "Ion Gheorghe Maurer");
        for (Map.Entry<String, String> e : forms.entrySet()) {
            Person p = in(d, real.get(e.getKey()).id(), e.getValue());
            assertThat(p.id()).as(e.getValue()).startsWith(gold(Corpus.folder("real/people").resolve(e.getKey() + ".json"), e.getValue())
                    .get("id").asText());
        }
    }

    /** The one person named {@code form} in the document {@code id}. */
    private static Person in(Deliberations tables, String id, String form) {
        List<Person> found = tables.people().stream().filter(p -> p.forms().contains(form) && p.documents().contains(id)).toList();
        assertThat(found).as(form + " in " + id).hasSize(1);
        return found.getFirst();
    }

    /** The gold's entry whose forms include {@code form}. */
    static JsonNode gold(Path file, String form) throws IOException {
        for (JsonNode p : JSON.readTree(file.toFile()).get("people")) {
            for (JsonNode f : p.get("forms")) if (f.asText().equals(form)) return p;
        }
        throw new AssertionError(form + " is in no entry of " + file);
    }
}
