package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.fonds.record.Turn;
import org.fonds.record.Warning;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The checks the seed and fuzz tests rely on catch what they claim to catch. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordInvariantsTest {
    private static final String BODY = "Cde. Orlov: The crane is broken.";
    private static final List<Note> ONE_NOTE = List.of(new Note(1, "The old crane.", List.of()));
    private static final List<Turn> ONE_TURN = List.of(new Turn(List.of("Orlov"), "The crane is broken.", List.of(1)));

    private static ArchiveRecord record(String title, String body, List<Note> notes, List<NoteMarker> markers,
                                        List<Turn> turns, List<String> speakers, List<Warning> warnings) {
        return new ArchiveRecord("h-0123456789abcdef", title, "1961-03-03", null, "March 3, 1961", "", null, List.of(),
                null, "", List.of(), null, null, "", null, null, List.of(), speakers, turns, List.of(), body, notes,
                markers, warnings, List.of());
    }

    private static ArchiveRecord valid() {
        return record("Minutes", BODY, ONE_NOTE, List.of(new NoteMarker(1, BODY.length())), ONE_TURN, List.of("Orlov"),
                List.of());
    }

    @Test
    void a_valid_record_passes_every_check() {
        assertThatCode(() -> {
            RecordInvariants.structural(valid());
            RecordInvariants.bodyKeepsNoMarkerOfAnExistingNote(valid());
        }).doesNotThrowAnyException();
    }

    @Test
    void a_marker_past_the_end_of_the_body_is_caught() {
        ArchiveRecord r = record("Minutes", BODY, ONE_NOTE, List.of(new NoteMarker(1, BODY.length() + 1)), ONE_TURN,
                List.of("Orlov"), List.of());

        assertThatThrownBy(() -> RecordInvariants.structural(r)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_marker_of_a_missing_note_is_caught() {
        ArchiveRecord r = record("Minutes", BODY, ONE_NOTE, List.of(new NoteMarker(2, 3)), ONE_TURN, List.of("Orlov"),
                List.of());

        assertThatThrownBy(() -> RecordInvariants.markersReferToExistingNotes(r)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_turn_referring_to_a_missing_note_is_caught() {
        ArchiveRecord r = record("Minutes", BODY, List.of(), List.of(), ONE_TURN, List.of("Orlov"), List.of());

        assertThatThrownBy(() -> RecordInvariants.turnNoteRefsReferToExistingNotes(r)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_marker_left_in_the_body_is_caught() {
        ArchiveRecord r = record("Minutes", BODY + "( 1)", ONE_NOTE, List.of(), ONE_TURN, List.of("Orlov"), List.of());

        assertThatThrownBy(() -> RecordInvariants.bodyKeepsNoMarkerOfAnExistingNote(r)).isInstanceOf(AssertionError.class);
    }

    @Test
    void speakers_without_a_turn_speaker_are_caught() {
        ArchiveRecord r = record("Minutes", BODY, ONE_NOTE, List.of(), ONE_TURN, List.of("Belova"), List.of());

        assertThatThrownBy(() -> RecordInvariants.speakersAreTheTurnSpeakersInOrder(r)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_turn_that_is_not_in_the_body_is_caught() {
        ArchiveRecord r = record("Minutes", "Cde. Orlov: The quay.", ONE_NOTE, List.of(), ONE_TURN, List.of("Orlov"),
                List.of());

        assertThatThrownBy(() -> RecordInvariants.turnsArePassagesOfTheBodyInOrder(r)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_parser_mark_in_the_body_is_caught() {
        ArchiveRecord r = record("Minutes", BODY + "\uE001", ONE_NOTE, List.of(), ONE_TURN, List.of("Orlov"), List.of());

        assertThatThrownBy(() -> RecordInvariants.noParserMarkLeaks(r)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_warning_without_a_line_or_with_an_unknown_code_is_caught() {
        ArchiveRecord lineless = record("Minutes", BODY, ONE_NOTE, List.of(), ONE_TURN, List.of("Orlov"),
                List.of(new Warning("no-url", "no URL", 0)));
        ArchiveRecord unknown = record("Minutes", BODY, ONE_NOTE, List.of(), ONE_TURN, List.of("Orlov"),
                List.of(new Warning("no-such-code", "?", 1)));

        assertThatThrownBy(() -> RecordInvariants.warningsNameALine(lineless)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> RecordInvariants.warningCodesAreKnown(unknown)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_title_with_markup_or_line_breaks_is_caught() {
        for (String title : List.of("**Minutes**", "Minutes\nof the Committee", " Minutes", "Minutes  of")) {
            ArchiveRecord r = record(title, BODY, ONE_NOTE, List.of(), ONE_TURN, List.of("Orlov"), List.of());

            assertThatThrownBy(() -> RecordInvariants.titleIsOneCleanLine(r)).as(title).isInstanceOf(AssertionError.class);
        }
    }
}
