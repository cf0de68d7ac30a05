package org.fonds.parse.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fonds.record.ArchivalReference;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArchivalReferencesTest {

    @Test
    void a_reference_with_the_ocr_slip_li_for_ll_is_read_in_full() {
        String written = "TsKhSD, F. 3, Op. 12, D. 1006, LI. 19-22";

        assertThat(ArchivalReferences.findAll(written)).containsExactly(
                new ArchivalReference("TsKhSD", "3", "12", null, "1006", "19-22", written));
    }

    @ParameterizedTest(name = "\"{0}\" gives leaves {1}")
    @CsvSource(delimiter = '|', value = {
            "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 19-22    | 19-22",
            "TsKhSD, F. 3, Op. 12, D. 1006, L. 30        | 30",
            "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 34-36ob  | 34-36ob",
            "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 34-36 ob. | 34-36ob",
            "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 34–36    | 34-36"})
    void leaves_are_normalised(String written, String leaves) {
        assertThat(ArchivalReferences.findAll(written)).singleElement()
                .extracting(ArchivalReference::leaves).isEqualTo(leaves);
    }

    @Test
    void a_reference_with_a_papka_and_a_list_of_leaf_ranges_keeps_every_range() {
        List<ArchivalReference> refs = ArchivalReferences.findAll(
                "See AVPRF, F. 059a, Op. 4, P. 6, D. 5, Ll. 15-16, 17-19, and 20-22.");

        assertThat(refs).singleElement().satisfies(r -> {
            assertThat(r.archive()).isEqualTo("AVPRF");
            assertThat(r.fond()).isEqualTo("059a");
            assertThat(r.opis()).isEqualTo("4");
            assertThat(r.papka()).isEqualTo("6");
            assertThat(r.delo()).isEqualTo("5");
            assertThat(r.leaves()).isEqualTo("15-16, 17-19, 20-22");
            assertThat(r.text()).isEqualTo("AVPRF, F. 059a, Op. 4, P. 6, D. 5, Ll. 15-16, 17-19, and 20-22");
        });
    }

    @Test
    void two_references_joined_by_and_are_two_references() {
        List<ArchivalReference> refs = ArchivalReferences.findAll(
                "APRF, F. 3, Op. 64, D. 484, Ll. 25-30 and APRF, F. 3, Op. 64, D. 484, L. 41");

        assertThat(refs).extracting(ArchivalReference::archive, ArchivalReference::delo, ArchivalReference::leaves)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("APRF", "484", "25-30"),
                        org.assertj.core.groups.Tuple.tuple("APRF", "484", "41"));
        assertThat(refs).extracting(ArchivalReference::text).containsExactly(
                "APRF, F. 3, Op. 64, D. 484, Ll. 25-30", "APRF, F. 3, Op. 64, D. 484, L. 41");
    }

    @Test
    void a_reference_without_spaces_after_its_dots_is_read() {
        assertThat(ArchivalReferences.findAll("(TsKhSD, F.89, Op.45, D.12, Ll.1-3)")).singleElement()
                .satisfies(r -> {
                    assertThat(r.archive()).isEqualTo("TsKhSD");
                    assertThat(r.fond()).isEqualTo("89");
                    assertThat(r.opis()).isEqualTo("45");
                    assertThat(r.delo()).isEqualTo("12");
                    assertThat(r.leaves()).isEqualTo("1-3");
                });
    }

    @Test
    void a_reference_without_leaves_omits_them() {
        assertThat(ArchivalReferences.findAll("in GAKO, F. 12, Op. 3, D. 45.")).singleElement()
                .satisfies(r -> {
                    assertThat(r.delo()).isEqualTo("45");
                    assertThat(r.leaves()).isNull();
                    assertThat(r.papka()).isNull();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"see Note 109 supra", "Order No. 1 issued by Marshal Konev", "pp. 57-58",
            "Cde. Orlov, F. Munnich and I. Bata", ""})
    void prose_holds_no_reference(String text) {
        assertThat(ArchivalReferences.findAll(text)).isEmpty();
    }
}
