package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.ProtocolRef;
import org.fonds.record.PublishedIn;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds of the shared corpus against the facts in seeds-expected: one test per seed and field,
 * built from the folders on every run. Then the promises of spec/RECORD.md that every record keeps.
 */
@NeedsShared({"corpus/seeds", "corpus/seeds-expected"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeedsTest {

    static List<Seeds.Seed> seeds() {
        return Seeds.withExpectations();
    }

    @TestFactory
    Stream<DynamicContainer> every_seed_yields_the_facts_expected_of_it() {
        return seeds().stream().map(seed -> {
            Supplier<ArchiveRecord> record = memo(() -> Parsing.accept(seed.bytes()));
            JsonNode expected = seed.expectedJson();
            Stream<DynamicTest> fields = StreamSupport.stream(((Iterable<String>) expected::fieldNames).spliterator(), false)
                    .map(field -> dynamicTest(field, () -> expectField(field, expected.get(field), record.get())));
            // no test source URI on the container: Surefire silently drops the tests of a container that has one
            return dynamicContainer(seed.stem(), fields);
        });
    }

    /** One expected fact against the record: also how {@link CurrentPageTest} checks the pages it builds. */
    static void expectField(String field, JsonNode expected, ArchiveRecord r) {
        switch (field) {
            case "date" -> expectDate(expected, r);
            case "archivalReferences" -> assertThat(referenceSet(r.archivalReferences()))
                    .as("archival references (archive, fond, opis, papka, delo, leaves)")
                    .isEqualTo(expectedReferenceSet(expected));
            case "publishedIn" -> expectPublishedIn(expected, r.publishedIn());
            case "participants" -> assertThat(r.participants()).as(field).containsExactlyElementsOf(strings(expected));
            case "speakers" -> assertThat(r.speakers()).as(field).containsExactlyElementsOf(strings(expected));
            case "protocolRefs" -> assertThat(new HashSet<>(r.protocolRefs())).as(field)
                    .isEqualTo(expectedProtocolRefs(expected));
            case "noteCount" -> assertThat(r.notes()).as("notes (%s)", noteNumbers(r)).hasSize(expected.asInt());
            // title, repository, sourceUrl, archiveDocumentId, compiler, originalLanguage and any field
            // added to the expectations later: the record's own JSON value must be the expected one
            default -> assertThat(RecordJson.mapper().valueToTree(r).get(field)).as(field).isEqualTo(expected);
        }
    }

    /** A string is the day; an object {from, to} is the range, whose first day is the date. */
    private static void expectDate(JsonNode expected, ArchiveRecord r) {
        if (expected.isObject()) {
            assertThat(r.dateRange()).as("dateRange").isNotNull();
            assertThat(r.dateRange().from()).as("dateRange.from").isEqualTo(expected.get("from").asText());
            assertThat(r.dateRange().to()).as("dateRange.to").isEqualTo(expected.get("to").asText());
            assertThat(r.date()).as("date (the first day)").isEqualTo(expected.get("from").asText());
        } else {
            assertThat(r.date()).as("date").isEqualTo(expected.isNull() ? null : expected.asText());
        }
    }

    private static void expectPublishedIn(JsonNode expected, PublishedIn actual) {
        if (expected.isNull()) {
            assertThat(actual).as("publishedIn").isNull();
            return;
        }
        assertThat(actual).as("publishedIn").isNotNull();
        JsonNode tree = RecordJson.mapper().valueToTree(actual);
        expected.fieldNames().forEachRemaining(key ->
                assertThat(tree.get(key)).as("publishedIn.%s", key).isEqualTo(expected.get(key)));
    }

    private static final List<String> REFERENCE_KEYS = List.of("archive", "fond", "opis", "papka", "delo", "leaves");

    private static Set<Map<String, String>> referenceSet(List<ArchivalReference> refs) {
        Set<Map<String, String>> set = new HashSet<>();
        for (ArchivalReference ref : refs) {
            JsonNode tree = RecordJson.mapper().valueToTree(ref);
            set.add(referenceKeys(tree));
        }
        return set;
    }

    private static Set<Map<String, String>> expectedReferenceSet(JsonNode expected) {
        Set<Map<String, String>> set = new HashSet<>();
        expected.forEach(ref -> set.add(referenceKeys(ref)));
        return set;
    }

    private static Map<String, String> referenceKeys(JsonNode ref) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : REFERENCE_KEYS) {
            if (ref.hasNonNull(key)) keys.put(key, ref.get(key).asText());
        }
        return keys;
    }

    private static Set<ProtocolRef> expectedProtocolRefs(JsonNode expected) {
        Set<ProtocolRef> set = new HashSet<>();
        expected.forEach(ref -> set.add(new ProtocolRef(ref.get("number").asText(),
                ref.hasNonNull("point") ? ref.get("point").asText() : null)));
        return set;
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<Integer> noteNumbers(ArchiveRecord r) {
        return r.notes().stream().map(Note::n).toList();
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = supplier.get();
                return value;
            }
        };
    }

    private static ArchiveRecord parsed(Seeds.Seed seed) {
        return Parsing.accept(seed.bytes());
    }

    // The promises every record keeps, checked on every seed.

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void every_note_marker_lies_within_the_body(Seeds.Seed seed) {
        RecordInvariants.markersLieWithinTheBody(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void every_note_marker_refers_to_an_existing_note(Seeds.Seed seed) {
        RecordInvariants.markersReferToExistingNotes(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void every_turn_refers_only_to_existing_notes(Seeds.Seed seed) {
        RecordInvariants.turnNoteRefsReferToExistingNotes(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void the_body_keeps_no_marker_of_an_existing_note(Seeds.Seed seed) {
        RecordInvariants.bodyKeepsNoMarkerOfAnExistingNote(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void every_note_of_a_seed_is_referenced_in_its_contents(Seeds.Seed seed) {
        ArchiveRecord r = parsed(seed);
        // the seeds reference each of their notes in the contents
        assertThat(r.noteMarkers().stream().map(m -> m.n()).distinct().sorted().toList())
                .as("notes with a marker").isEqualTo(noteNumbers(r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void notes_are_numbered_from_one_in_sequence(Seeds.Seed seed) {
        ArchiveRecord r = parsed(seed);
        List<Integer> expected = Stream.iterate(1, n -> n + 1).limit(r.notes().size()).toList();
        assertThat(noteNumbers(r)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void a_note_text_does_not_start_with_its_number(Seeds.Seed seed) {
        for (Note note : parsed(seed).notes()) {
            assertThat(note.text()).as("text of note %d", note.n())
                    .isNotBlank()
                    .doesNotStartWith(note.n() + " ")
                    .doesNotStartWith(note.n() + ".")
                    .isEqualTo(note.text().strip());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void speakers_are_the_distinct_turn_speakers_in_order(Seeds.Seed seed) {
        RecordInvariants.speakersAreTheTurnSpeakersInOrder(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void a_date_range_starts_on_the_date(Seeds.Seed seed) {
        RecordInvariants.dateIsTheFirstDayOfItsRange(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void the_record_round_trips_through_its_json(Seeds.Seed seed) {
        RecordInvariants.roundTripsThroughJson(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void every_warning_names_a_line(Seeds.Seed seed) {
        RecordInvariants.warningsNameALine(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void the_id_is_safe_in_paths_and_urls(Seeds.Seed seed) {
        RecordInvariants.idIsSafeInPathsAndUrls(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void the_title_is_one_clean_line(Seeds.Seed seed) {
        RecordInvariants.titleIsOneCleanLine(parsed(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void the_body_has_paragraphs_separated_by_one_blank_line(Seeds.Seed seed) {
        String body = parsed(seed).body();
        assertThat(body).isNotBlank().isEqualTo(body.strip()).doesNotContain("\n\n\n");
    }
}
