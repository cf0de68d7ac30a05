package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.fonds.record.RecordJson;
import org.fonds.record.Turn;
import org.fonds.record.Warning;

/**
 * What spec/RECORD.md promises of every accepted record, whatever its input. Each check is one
 * assertion with a message naming the offending value; {@link #structural} runs the ones that hold
 * for any input at all (the fuzz tests use it).
 */
public final class RecordInvariants {
    /** A marker as RECORD.md lists them: "(1)", "( 2)", "(12)", superscript digits. */
    private static final Pattern WRITTEN_MARKER = Pattern.compile("\\( ?(\\d{1,3}) ?\\)|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})");
    private static final Pattern SAFE_ID = Pattern.compile("^[a-z0-9-]+$");

    private RecordInvariants() {
    }

    /** The checks that hold for any accepted input, however mangled. */
    public static void structural(ArchiveRecord r) {
        markersLieWithinTheBody(r);
        markersReferToExistingNotes(r);
        turnNoteRefsReferToExistingNotes(r);
        speakersAreTheTurnSpeakersInOrder(r);
        dateIsTheFirstDayOfItsRange(r);
        warningsNameALine(r);
        idIsSafeInPathsAndUrls(r);
        titleIsOneCleanLine(r);
        noParserMarkLeaks(r);
        turnsArePassagesOfTheBodyInOrder(r);
        participantsAreDistinct(r);
        datesAreIsoDays(r);
        sourceUrlIsTheFirstUrl(r);
        warningCodesAreKnown(r);
        roundTripsThroughJson(r);
    }

    public static void markersLieWithinTheBody(ArchiveRecord r) {
        for (NoteMarker m : r.noteMarkers()) {
            assertThat(m.offset()).as("offset of marker %s in a body of %s chars", m, r.body().length())
                    .isBetween(0, r.body().length());
        }
    }

    public static void markersReferToExistingNotes(ArchiveRecord r) {
        Set<Integer> notes = noteNumbers(r);
        for (NoteMarker m : r.noteMarkers()) {
            assertThat(notes).as("notes referred to by marker %s", m).contains(m.n());
        }
    }

    public static void turnNoteRefsReferToExistingNotes(ArchiveRecord r) {
        Set<Integer> notes = noteNumbers(r);
        for (Turn t : r.turns()) {
            assertThat(notes).as("notes referred to by the turn of %s", t.speakers()).containsAll(t.noteRefs());
        }
    }

    /** "note markers removed": no "(n)" or superscript n is left in the body when note n exists. */
    public static void bodyKeepsNoMarkerOfAnExistingNote(ArchiveRecord r) {
        Set<Integer> notes = noteNumbers(r);
        List<String> left = new ArrayList<>();
        Matcher m = WRITTEN_MARKER.matcher(r.body());
        while (m.find()) {
            int n = m.group(1) != null ? Integer.parseInt(m.group(1)) : superscript(m.group(2));
            if (notes.contains(n)) left.add(m.group() + " at " + m.start());
        }
        assertThat(left).as("markers of existing notes left in the body").isEmpty();
    }

    /**
     * Speakers are distinct and hold every turn's speakers in their order; a note-taker's list of
     * those who spoke adds names that open no turn (RECORD.md, amended December 2026).
     */
    public static void speakersAreTheTurnSpeakersInOrder(ArchiveRecord r) {
        Set<String> fromTurns = new LinkedHashSet<>();
        r.turns().forEach(t -> fromTurns.addAll(t.speakers()));
        assertThat(r.speakers()).as("speakers: distinct").doesNotHaveDuplicates();
        if (fromTurns.isEmpty()) return;
        assertThat(r.speakers()).as("speakers: every turn speaker, in order of first appearance")
                .containsSubsequence(fromTurns);
    }

    public static void dateIsTheFirstDayOfItsRange(ArchiveRecord r) {
        if (r.dateRange() == null) return;
        assertThat(r.date()).as("date of a record spanning %s", r.dateRange()).isEqualTo(r.dateRange().from());
        assertThat(r.dateRange().from()).as("range start").isLessThan(r.dateRange().to());
    }

    public static void warningsNameALine(ArchiveRecord r) {
        for (Warning w : r.warnings()) {
            assertThat(w.line()).as("line of warning %s", w).isGreaterThanOrEqualTo(1);
        }
    }

    public static void idIsSafeInPathsAndUrls(ArchiveRecord r) {
        assertThat(r.id()).as("id").matches(SAFE_ID);
    }

    /** "whitespace and markdown markers removed, hard line breaks joined with one space" */
    public static void titleIsOneCleanLine(ArchiveRecord r) {
        assertThat(r.title()).as("title")
                .isNotBlank()
                .isEqualTo(r.title().strip())
                .doesNotContain("\n", "  ", "**", "__", "##");
    }

    /** The parser stands private-use chars in for markers and headings while it works; none may reach the record. */
    public static void noParserMarkLeaks(ArchiveRecord r) {
        List<String> texts = new ArrayList<>(List.of(r.title(), r.body(), r.summary(), r.citation()));
        r.notes().forEach(n -> texts.add(n.text()));
        r.turns().forEach(t -> texts.add(t.text()));
        for (String text : texts) {
            int leak = firstMark(text);
            assertThat(leak).as("offset of a parser mark (U+%04X) in \"%s\"", leak < 0 ? 0 : (int) text.charAt(leak),
                    excerpt(text, leak)).isNegative();
        }
    }

    /** A turn's text is a passage of the body, and turns come in body order. */
    public static void turnsArePassagesOfTheBodyInOrder(ArchiveRecord r) {
        int from = 0;
        for (Turn t : r.turns()) {
            int at = r.body().indexOf(t.text(), from);
            assertThat(at).as("turn of %s (\"%s\") in the body after offset %d", t.speakers(), excerpt(t.text(), 0),
                    from).isNotNegative();
            from = at;
        }
    }

    public static void participantsAreDistinct(ArchiveRecord r) {
        assertThat(r.participants()).as("participants").doesNotHaveDuplicates().doesNotContainNull();
    }

    public static void datesAreIsoDays(ArchiveRecord r) {
        if (r.date() == null) {
            assertThat(r.dateRange()).as("dateRange of a record without a date").isNull();
            return;
        }
        assertThat(r.date()).as("date").matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(r.dateText()).as("dateText of a record dated %s", r.date()).isNotBlank();
        if (r.dateRange() != null) {
            assertThat(r.dateRange().to()).as("dateRange.to").matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    public static void sourceUrlIsTheFirstUrl(ArchiveRecord r) {
        assertThat(r.sourceUrl()).as("sourceUrl").isEqualTo(r.sourceUrls().isEmpty() ? null : r.sourceUrls().get(0));
        if (r.archiveDocumentId() != null) {
            assertThat(r.sourceUrls()).as("URLs carrying archive document %s", r.archiveDocumentId())
                    .anyMatch(u -> u.contains("/document/" + r.archiveDocumentId()));
        }
    }

    public static void warningCodesAreKnown(ArchiveRecord r) {
        Set<String> known = java.util.Arrays.stream(WarningCode.values()).map(WarningCode::code).collect(Collectors.toSet());
        for (Warning w : r.warnings()) {
            assertThat(known).as("the code of warning %s", w).contains(w.code());
        }
    }

    public static void roundTripsThroughJson(ArchiveRecord r) {
        assertThat(RecordJson.read(RecordJson.write(r))).as("the record read back from its JSON").isEqualTo(r);
    }

    private static int firstMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE000' && c <= '\uE3FF') return i;
        }
        return -1;
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 30);
        return text.substring(from, Math.min(text.length(), from + 60));
    }

    static Set<Integer> noteNumbers(ArchiveRecord r) {
        return r.notes().stream().map(Note::n).collect(Collectors.toSet());
    }

    private static int superscript(String digits) {
        int n = 0;
        for (char c : digits.toCharArray()) n = n * 10 + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
        return n;
    }
}
