package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Fold;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Attendee;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SessionReader;
import org.fonds.deliberation.sessions.SpeakerCount;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

class GeneratedTest {
    private static final List<ArchiveRecord> records = Corpus.generated(0, 300);

    @Test
    void sessions_have_the_participants_and_speakers_of_their_records() {
        Deliberations d = Deliberations.build(records, Authority.empty());
        // the generator also writes FRUS telegrams: records of no meeting, which make no session
        List<ArchiveRecord> meetings = records.stream().filter(SessionReader::isSession).toList();
        assertThat(meetings.size()).isGreaterThan(records.size() * 3 / 4).isLessThan(records.size());
        assertThat(d.sessions()).hasSize(meetings.size());
        records.stream().filter(r -> !meetings.contains(r)).forEach(r -> assertThat(d.session(r.id())).isEmpty());
        for (ArchiveRecord r : meetings) {
            Session s = d.session(r.id()).orElseThrow();
            assertThat(s.participants()).extracting(Attendee::name).isEqualTo(r.participants());
            assertThat(s.speakers()).extracting(SpeakerCount::name).isEqualTo(r.speakers());
            assertThat(s.speakers().stream().mapToInt(SpeakerCount::turns).sum())
                    .isEqualTo(r.turns().stream().mapToInt(t -> t.speakers().size()).sum());
            assertThat(s.participants()).allSatisfy(a -> assertThat(a.personId()).isNotNull());
        }
    }

    /**
     * The generator writes random initials before a surname in participant lists ("K. Y. Almásy" in one
     * record, "M. Almásy" in another): by our rule different initials are different people, so the
     * surname is flagged, and every bare mention still lands on a person of that surname.
     */
    @Test
    void every_participant_resolves_to_a_person_of_that_surname() {
        Deliberations d = Deliberations.build(records, Authority.empty());
        for (Session s : d.sessions()) {
            for (Attendee a : s.participants()) {
                Person p = d.person(a.personId()).orElseThrow();
                assertThat(Fold.fold(p.preferredName())).endsWith(Fold.fold(a.name()));
                assertThat(p.documents()).contains(s.documentId());
            }
        }
        assertThat(d.people()).anySatisfy(p -> assertThat(p.preferredName()).endsWith("Kárász"));
    }

    @Test
    void generated_task_lines_are_found_with_their_people() {
        Deliberations d = Deliberations.build(records, Authority.empty());
        assertThat(d.log().tasks()).isNotEmpty().allSatisfy(t -> assertThat(t.personIds()).isNotEmpty());
        assertThat(d.log().tasks()).extracting(t -> t.text())
                .anyMatch(t -> t.contains("are to prepare measures on the harbor question"))
                .anyMatch(t -> t.contains("+ local comrades— to prepare measures"));
    }

    @Test
    void rebuilding_from_the_same_records_gives_equal_json() {
        String first = Deliberations.build(records, Authority.sample()).json();
        String second = Deliberations.build(Corpus.generated(0, 300), Authority.sample()).json();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_streamed_json_is_the_json() throws java.io.IOException {
        Deliberations d = Deliberations.build(records.subList(0, 50), Authority.sample());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        d.writeJson(out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(d.json());
    }

    @Test
    void the_order_of_input_does_not_change_the_output() {
        List<ArchiveRecord> all = new ArrayList<>(records);
        all.addAll(Corpus.seeds());
        String ordered = Deliberations.build(all, Authority.sample()).json();
        List<ArchiveRecord> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(Deliberations.build(shuffled, Authority.sample()).json()).isEqualTo(ordered);
    }

    @Test
    void adding_records_one_by_one_equals_building_at_once() {
        DeliberationsBuilder builder = Deliberations.builder(Authority.empty());
        Deliberations early = builder.add(records.get(0)).build();
        assertThat(early.sessions()).hasSize(1);
        for (ArchiveRecord r : records) builder.add(r); // the first again: replaced, not doubled
        assertThat(builder.build().json()).isEqualTo(Deliberations.build(records, Authority.empty()).json());
    }

    @Test
    void the_json_reads_back_into_an_equal_value() throws java.io.IOException {
        List<ArchiveRecord> all = new ArrayList<>(records);
        all.addAll(Corpus.seeds());
        Deliberations d = Deliberations.build(all, Authority.sample());
        Deliberations back = Deliberations.readJson(new java.io.ByteArrayInputStream(d.json().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(back).isEqualTo(d);
        assertThat(back.json()).isEqualTo(d.json());
    }

    @Test
    void records_added_from_several_threads_give_the_same_value() throws Exception {
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (ArchiveRecord r : records) pool.submit(() -> builder.add(r));
        }
        assertThat(builder.build().json()).isEqualTo(Deliberations.build(records, Authority.sample()).json());
    }

    private static final DeliberationsBuilder.ShardWriter PLAIN = (file, content) -> {
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            content.writeTo(out);
        }
    };

    @Test
    void saved_extracts_load_into_a_builder_that_builds_the_same_tables(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        List<ArchiveRecord> all = new ArrayList<>(records);
        all.addAll(Corpus.seeds());
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        all.forEach(builder::add);
        builder.saveExtracts(dir, null, PLAIN);
        DeliberationsBuilder loaded = DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow();
        assertThat(loaded.size()).isEqualTo(all.size());
        assertThat(loaded.build().json()).isEqualTo(Deliberations.build(all, Authority.sample()).json());

        // a change rewrites the shard of the changed id only, and the loaded builder sees it
        ArchiveRecord gone = records.get(3);
        loaded.remove(gone.id());
        loaded.saveExtracts(dir, List.of(gone.id()), PLAIN);
        List<ArchiveRecord> rest = new ArrayList<>(all);
        rest.remove(gone);
        assertThat(DeliberationsBuilder.loadExtracts(dir, Authority.sample()).orElseThrow().build().json())
                .isEqualTo(Deliberations.build(rest, Authority.sample()).json());
    }

    @Test
    void extracts_of_another_format_are_not_loaded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        assertThat(DeliberationsBuilder.loadExtracts(dir, Authority.sample())).isEmpty();
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        records.subList(0, 5).forEach(builder::add);
        builder.saveExtracts(dir, null, PLAIN);
        java.nio.file.Files.writeString(dir.resolve("FORMAT"), "fonds-extracts/0");
        assertThat(DeliberationsBuilder.loadExtracts(dir, Authority.sample())).isEmpty();
    }
}
