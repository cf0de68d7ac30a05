package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityEntry;
import org.fonds.deliberation.people.AuthorityFile;
import org.fonds.deliberation.people.Distinction;
import org.fonds.deliberation.people.Person;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorityTest {
    @Test
    void the_authority_file_round_trips(@TempDir Path dir) throws IOException {
        Authority sample = Authority.sample();
        Path file = dir.resolve("people.json");
        AuthorityFile.write(sample, file);
        assertThat(AuthorityFile.read(file)).isEqualTo(sample);
        assertThat(Files.readString(file)).contains("\"format\" : \"fonds-people-authority/1\"");
    }

    @Test
    void a_file_of_another_format_is_refused_with_its_name(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("people.json");
        Files.writeString(file, "{\"format\": \"something-else\", \"people\": []}");
        assertThatThrownBy(() -> AuthorityFile.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("people.json").hasMessageContaining("something-else");
    }

    @Test
    void a_distinction_keeps_two_forms_apart_that_the_corpus_would_merge() {
        Authority apart = new Authority(List.of(), List.of(new Distinction(List.of("J. Kadar", "Janos Kadar"), "test")));
        Deliberations d = Deliberations.build(Corpus.seeds(), apart);
        Person janos = d.person("kadar-janos").orElseThrow();
        assertThat(janos.forms()).contains("Janos Kadar").doesNotContain("J. Kadar");
        assertThat(d.people()).anySatisfy(p -> assertThat(p.forms()).contains("J. Kadar"));
        assertThat(janos.ambiguous()).isTrue();
    }

    @Test
    void an_entry_merges_forms_that_the_corpus_keeps_apart() {
        List<ArchiveRecord> seeds = Corpus.seeds();
        Deliberations apart = Deliberations.build(seeds, Authority.empty());
        assertThat(apart.person("shaoqi-liu")).isPresent();
        Authority merged = new Authority(List.of(new AuthorityEntry("liu-shaoqi", "Liu Shaoqi",
                List.of("Liu Shaoqi", "Cde. Liu Shaoqi", "Shaoqi", "Liu Shao-chi"), "surname first")), List.of());
        Deliberations d = Deliberations.build(seeds, merged);
        assertThat(d.person("shaoqi-liu")).isEmpty();
        assertThat(d.person("liu-shaoqi").orElseThrow().forms()).contains("Liu Shaoqi", "Cde. Liu Shaoqi", "Liu Shao-chi");
    }

    @Test
    void a_stored_correction_wins_over_the_hand_written_entry_of_the_same_person() {
        AuthorityEntry hand = new AuthorityEntry("liu-shaoqi", "Liu Shaoqi",
                List.of("Liu Shaoqi", "Cde. Liu Shaoqi", "Shaoqi", "Liu Shao-chi"), "hand-written");
        AuthorityEntry renamed = new AuthorityEntry("liu-shaoqi", "Liu Shao-ch'i",
                List.of("Liu Shaoqi", "Cde. Liu Shaoqi", "Shaoqi", "Liu Shao-chi"), "renamed in the browser");
        Authority combined = new Authority(List.of(hand), List.of()).overlay(new Authority(List.of(renamed), List.of()));
        assertThat(combined.people()).containsExactly(renamed);
        Deliberations d = Deliberations.build(Corpus.seeds(), combined);
        assertThat(d.person("liu-shaoqi").orElseThrow().preferredName()).isEqualTo("Liu Shao-ch'i");
    }

    @Test
    void a_form_claimed_by_a_correction_is_taken_from_the_hand_written_entries() {
        AuthorityEntry hand = new AuthorityEntry("kadar-janos", "János Kádár", List.of("Kadar", "Janos Kadar", "J. Kadar"), null);
        AuthorityEntry moved = new AuthorityEntry("kadar-j", "J. Kadar", List.of("J. KÁDÁR"), "split off");
        Authority combined = new Authority(List.of(hand), List.of(new Distinction(List.of("A", "B"), null)))
                .overlay(new Authority(List.of(moved), List.of(new Distinction(List.of("C", "D"), null))));
        assertThat(combined.people()).containsExactly(
                new AuthorityEntry("kadar-janos", "János Kádár", List.of("Kadar", "Janos Kadar"), null), moved);
        assertThat(combined.distinct()).hasSize(2);
    }

    @Test
    void the_authority_wins_over_what_the_corpus_shows() {
        Authority bareNagy = new Authority(List.of(new AuthorityEntry("nagy-imre", "Imre Nagy",
                List.of("Imre Nagy", "Nagy"), null), new AuthorityEntry("nagy-ferenc", "Ferenc Nagy",
                List.of("Ferenc Nagy"), null)), List.of());
        Deliberations d = Deliberations.build(Corpus.seeds(), bareNagy);
        assertThat(d.person("nagy")).isEmpty();
        assertThat(d.person("nagy-imre").orElseThrow().forms()).contains("Nagy");
        assertThat(d.person("nagy-ferenc").orElseThrow().forms()).doesNotContain("Nagy");
    }

    @Test
    void bad_entries_fail_fast_naming_the_value() {
        assertThatThrownBy(() -> new AuthorityEntry("Kadar Janos", "János Kádár", List.of(), null))
                .hasMessageContaining("Kadar Janos");
        assertThatThrownBy(() -> new Authority(List.of(new AuthorityEntry("a", "A b", List.of(), null),
                new AuthorityEntry("a", "A c", List.of(), null)), List.of())).hasMessageContaining("a");
    }
}
