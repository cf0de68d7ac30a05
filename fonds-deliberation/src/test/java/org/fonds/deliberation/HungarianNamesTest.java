package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.parse.NeedsShared;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * Hungarian names, written family name first in lists and signatures ("Marjai József", "Tildy
 * Zoltan") and given name first in prose ("Zoltan Vas"), filed by the family name as the
 * historian's gold files them (issue 12), with an empty authority: the real records and the seeds
 * in one archive, where a bare "Zoltan" (Tildy's given name, record 14) gives the corpus no surname.
 */
@NeedsShared({"corpus/real/docs", "corpus/real/people", "corpus/seeds", "corpus/seeds-people"})
class HungarianNamesTest {
    @Test
    void hungarian_names_in_either_order_carry_the_gold_ids_in_one_archive_of_real_records_and_seeds() throws IOException {
        Map<String, ArchiveRecord> real = Corpus.real();
        Map<String, ArchiveRecord> seeds = Corpus.parsed(Corpus.folder("seeds"));
        List<ArchiveRecord> all = new ArrayList<>(real.values());
        all.addAll(seeds.values());
        Deliberations d = Deliberations.build(all, Authority.empty());
        record Case(String stem, ArchiveRecord record, Path gold, String form) {}
        List<Case> cases = List.of(
                new Case("b18", real.get("b18_hungarian_record_dprk_ambassador_1972-08-30"),
                        Corpus.folder("real/people").resolve("b18_hungarian_record_dprk_ambassador_1972-08-30.json"), "Marjai József"),
                new Case("13", real.get("13_mikoyan_suslov_report_1956-10-24"),
                        Corpus.folder("real/people").resolve("13_mikoyan_suslov_report_1956-10-24.json"), "Zoltan Vas"),
                new Case("002", seeds.get("002_83cb7e9f6d5f0379"),
                        Corpus.folder("seeds-people").resolve("002_83cb7e9f6d5f0379.json"), "Tildy Zoltan"));
        for (Case c : cases) {
            List<Person> found = d.people().stream()
                    .filter(p -> p.forms().contains(c.form()) && p.documents().contains(c.record().id())).toList();
            assertThat(found).as(c.form() + " in " + c.stem()).hasSize(1);
            assertThat(found.getFirst().id()).as(c.form() + " in " + c.stem()).isEqualTo(EastAsianPeopleTest.gold(c.gold(), c.form()).get("id").asText());
        }
        // Tildy is one person, whichever order a record writes him in
        assertThat(d.people().stream().map(Person::id)).doesNotContain("zoltan-tildy");
    }
}
