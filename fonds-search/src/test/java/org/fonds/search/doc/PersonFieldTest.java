package org.fonds.search.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.schema.Facet;
import org.fonds.search.schema.Field;
import org.junit.jupiter.api.Test;

/** The person field holds the people a record's text names; the person facet those taking part. */
class PersonFieldTest {
    private static ArchiveRecord real(String stem) throws Exception {
        Path f = Seeds.corpus("real/docs").resolve(stem + ".txt");
        return ((ParseOutcome.Accepted) new RecordParser().parse(f.getFileName().toString(), Files.readAllBytes(f))).record();
    }

    @Test
    void rakosi_named_only_in_the_text_is_in_the_person_field_of_each_record_naming_him() throws Exception {
        for (String stem : new String[] {"01_presidium_1956-07-09-12", "06_presidium_1956-11-03", "07_presidium_1956-11-06",
                "08_horvath_notes_1956-11-03"}) {
            IndexDocument doc = IndexDocuments.of(real(stem), 1);
            assertThat(doc.values(Field.PERSON)).as(stem).contains("Rakosi");
            assertThat(doc.values(Facet.PERSON)).as(stem).doesNotContain("Rakosi");
        }
    }

    @Test
    void a_record_that_does_not_name_him_does_not_hold_him() throws Exception {
        assertThat(IndexDocuments.of(real("b21_khrushchev_ho_chi_minh_1961-08-17"), 1).values(Field.PERSON)).doesNotContain("Rakosi");
    }
}
