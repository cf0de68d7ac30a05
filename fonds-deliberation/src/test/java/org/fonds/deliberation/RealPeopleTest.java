package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.people.Role;
import org.fonds.parse.NeedsShared;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people of the real records with no authority at all: each rule of name finding and identity
 * on the record that needs it. The records are read from {@code ../shared/corpus/real/docs}.
 */
@NeedsShared("corpus/real/docs")
class RealPeopleTest {
    private static Map<String, ArchiveRecord> real;
    private static Deliberations d;

    @BeforeAll
    static void build() {
        real = Corpus.real();
        d = Corpus.realTables();
    }

    private static String doc(String stem) {
        return real.get(stem).id();
    }

    /** The one person whose forms include {@code form} and who is named in {@code stem}. */
    private static Person in(String stem, String form) {
        List<Person> found = d.people().stream()
                .filter(p -> p.forms().contains(form) && p.documents().contains(doc(stem))).toList();
        assertThat(found).as(form + " in " + stem).hasSize(1);
        return found.get(0);
    }

    private static Optional<Person> named(String form) {
        return d.people().stream().filter(p -> p.forms().contains(form)).findFirst();
    }

    @Test
    void people_named_only_in_running_text_are_found_once_a_list_shows_them() {
        // 01: "Rakosi" is never after "Cde."; "Mistakes of Rakosi, Gero" lists him with a known name
        assertThat(in("01_presidium_1956-07-09-12", "Rakosi").roles()).contains(Role.MENTIONED);
        assertThat(in("06_presidium_1956-11-03", "Farkas").documents()).contains(doc("06_presidium_1956-11-03"));
    }

    @Test
    void two_uncommon_words_make_a_name_and_bodies_and_places_do_not() {
        in("09_mikoyan_mccloy_stevenson_1962-11-01", "Adlai Stevenson");
        in("b20_zhou_ung_van_khiem_1961-08-21", "Ung Van Khiem");
        assertThat(named("Red Cross")).isEmpty();
        assertThat(named("White House")).isEmpty();
        assertThat(named("Guantanamo Bay")).isEmpty();
    }

    @Test
    void initials_written_together_join_the_full_name() {
        Person khrushchev = in("b02_cpsu_presidium_protocol61_1962-10-25", "Khrushchev");
        assertThat(khrushchev.forms()).contains("N. S. Khrushchev");
        assertThat(in("10_mikoyan_dorticos_1962-11-05", "Mikoyan").id()).isEqualTo(in("10_mikoyan_dorticos_1962-11-05", "A. I. Mikoyan").id());
        assertThat(d.people()).noneMatch(p -> p.id().equals("mikoyan-i") || p.id().equals("khrushchev-s"));
    }

    @Test
    void titles_are_never_part_of_a_form() {
        assertThat(d.people()).allSatisfy(p -> assertThat(p.forms())
                .noneMatch(f -> f.startsWith("Cde") || f.startsWith("Comrade") || f.startsWith("Mr.") || f.startsWith("General ")));
    }

    @Test
    void a_name_is_filed_surname_first_where_the_corpus_uses_its_first_word_alone() {
        // b20: "Premier Zhou" and "Zhou Enlai"; b18: "Nagy Lajos", not Imre Nagy
        Person zhou = in("b20_zhou_ung_van_khiem_1961-08-21", "Zhou Enlai");
        assertThat(zhou.id()).isEqualTo("zhou-enlai");
        assertThat(zhou.forms()).contains("Zhou");
        Person lajos = in("b18_hungarian_record_dprk_ambassador_1972-08-30", "Nagy Lajos");
        assertThat(lajos.id()).isEqualTo("nagy-lajos");
        assertThat(lajos.forms()).doesNotContain("Imre Nagy");
    }

    @Test
    void abbreviations_join_the_one_surname_they_begin() {
        // 08, Horvath's notes: "Khrush., Bulg., Vorosh., Malen., Molot., Kagan., Mikoyan, Brezhnev"
        String horvath = doc("08_horvath_notes_1956-11-03");
        assertThat(named("Bulg.").orElseThrow().forms()).contains("Bulganin");
        assertThat(named("Bulg.").orElseThrow().documents()).contains(horvath);
        assertThat(named("Khrush.").orElseThrow().forms()).contains("Khrushchev");
        assertThat(d.people()).noneMatch(p -> p.id().equals("bulg") || p.id().equals("khrush"));
        // "Yug." begins Yugoslavia as well as Anton Yugov's name: not a person
        assertThat(d.people()).noneMatch(p -> p.forms().contains("Yug.") || p.forms().contains("Yug"));
    }

    @Test
    void a_name_beside_an_office_or_a_possession_is_a_person() {
        in("08_horvath_notes_1956-11-03", "Micunovic"); // "Micunovic, the ambassador in Mosc."
        in("b09_tsedenbal_diary_1956-02-24", "Tsedenbal"); // "Tsedenbal's diary"
        in("b08_frus_memcon_nixon_khrushchev_1959", "Adenauer"); // "Adenauer's government"
    }

    @Test
    void an_editors_bracket_completes_the_name_after_it() {
        // 13: "[Istvan] Kovacs, Zoltan Vas": the party official, not the Bela Kovacs of 14
        Person istvan = in("13_mikoyan_suslov_report_1956-10-24", "Istvan Kovacs");
        Person bela = in("14_mikoyan_suslov_telegram_1956-10-27", "Bela Kovacs");
        assertThat(istvan.id()).isNotEqualTo(bela.id());
        // 14 names Bela Kovacs in full: its bare "Kovacs" is he
        assertThat(bela.forms()).contains("Kovacs");
        assertThat(d.people()).noneMatch(p -> p.forms().contains("Mikhail S."));
    }

    @Test
    void a_bare_surname_goes_to_the_one_person_the_corpus_knows_by_it_nearest_that_date() {
        // 1956 "Kadar" is the J. Kadar of 1965, not the Kadar L. of 1972
        Person j = in("b15_wp_pcc_warsaw_1965-01-20", "J. Kádár");
        assertThat(j.documents()).contains(doc("07_presidium_1956-11-06"));
        Person l = in("b18_hungarian_record_dprk_ambassador_1972-08-30", "Kádár L.");
        assertThat(l.documents()).containsExactly(doc("b18_hungarian_record_dprk_ambassador_1972-08-30"));
        assertThat(d.person("kadar")).isEmpty();
    }

    @Test
    void a_dash_after_a_label_is_no_double_name_but_a_hyphenated_surname_is() {
        in("b15_wp_pcc_warsaw_1965-01-20", "Gh. Gheorghiu-Dej"); // "Cde. Gh. Gheorghiu-Dej and Cde. I. G. Maurer"
        assertThat(d.people()).noneMatch(p -> p.forms().contains("Gh") || p.forms().contains("Gh. Gheorghiu"));
    }

    @Test
    void the_signature_and_the_addressee_are_author_and_recipient() {
        assertThat(in("b19_frus_telegram_1948", "Stuart").roles()).contains(Role.RECIPIENT);
    }

    /**
     * Issue 12, "What to build" 1: each role on a real record that gives it (no authority). No record of
     * the corpus says who chaired its meeting ("chaired by", "presided over by" name no chair of the
     * document's own meeting), so the chair is shown on a record of our own in {@code ChairRoleTest}.
     */
    @Test
    void each_role_is_read_from_the_real_record_that_gives_it() {
        assertThat(roles("17_zhukov_report_1956-11-04", "Zhukov")).contains(Role.AUTHOR);
        assertThat(roles("08_horvath_notes_1956-11-03", "Imre Horvath")).contains(Role.AUTHOR);
        assertThat(roles("16_togliatti_draft_telegram_1956-10-31", "Togliatti")).contains(Role.RECIPIENT);
        // 05: "Those Taking Part: Bulganin, ...", "(Cde. Liu Shaoqi)" after the item,
        // "Cdes. Shepilov, Brezhnev, and Furtseva are to study it."
        assertThat(roles("05_presidium_1956-10-26", "Bulganin")).contains(Role.PARTICIPANT);
        assertThat(roles("05_presidium_1956-10-26", "Liu Shaoqi")).contains(Role.SPEAKER);
        assertThat(roles("05_presidium_1956-10-26", "Furtseva")).contains(Role.TASKED);
        assertThat(roles("01_presidium_1956-07-09-12", "Rakosi")).contains(Role.MENTIONED);
        // roles are per document: Zhukov wrote 17 and took part in 05
        assertThat(roles("05_presidium_1956-10-26", "Zhukov")).doesNotContain(Role.AUTHOR);
    }

    private static List<Role> roles(String stem, String form) {
        return in(stem, form).rolesByDocument().get(doc(stem));
    }

    /** Issue 12: "Without Nagy" (04) was a person; groups ("the Chinese comrades", seeds 001, 002) are none. */
    @Test
    void groups_and_phrases_are_not_people() {
        assertThat(in("04_presidium_1956-10-23", "Nagy").id()).startsWith("nagy");
        List<String> forms = d.people().stream().flatMap(p -> p.forms().stream()).toList();
        assertThat(forms).noneMatch(f -> f.startsWith("Without") || f.contains("comrades") || f.contains("Comrades"));
        Deliberations seeds = Deliberations.build(Corpus.seeds(), Authority.empty());
        assertThat(seeds.people()).flatExtracting(Person::forms)
                .noneMatch(f -> f.contains("Chinese") || f.contains("Hungarian") || f.contains("comrades"));
        assertThat(seeds.people()).anyMatch(p -> p.forms().contains("Liu Shaoqi"));
    }

    /**
     * Issue 12: Khrushchev was flagged "shared surname" with no second Khrushchev in evidence. The flag
     * is set only where two individuals of one surname are in the corpus (the two Kovacs of 13 and 14).
     */
    @Test
    void the_ambiguity_flag_only_where_two_individuals_share_the_surname() {
        assertThat(in("b02_cpsu_presidium_protocol61_1962-10-25", "Khrushchev").ambiguous()).isFalse();
        assertThat(in("10_mikoyan_dorticos_1962-11-05", "Mikoyan").ambiguous()).isFalse();
        assertThat(in("13_mikoyan_suslov_report_1956-10-24", "Istvan Kovacs").ambiguous()).isTrue();
        for (Person p : d.people()) {
            if (!p.ambiguous()) continue;
            String surname = p.id().split("-")[0];
            long individuals = d.people().stream()
                    .filter(q -> q.id().startsWith(surname + "-") && !q.documents().isEmpty()).count();
            assertThat(individuals).as(p.id() + " flagged with one " + surname).isGreaterThanOrEqualTo(2);
        }
    }
}
