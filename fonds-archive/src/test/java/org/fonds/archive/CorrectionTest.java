package org.fonds.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.oai.OaiConfig;
import org.fonds.oai.OaiProvider;
import java.util.List;
import java.util.Optional;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Role;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Session;
import org.fonds.error.FondsException;
import org.fonds.ingest.Ingest;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Correction;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.VersionSummary;
import org.fonds.search.SearchRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's correction of a real record (Malin's notes of the Presidium, 3 November 1956) on a real
 * home: a new OCFL version with the source untouched, the index and tables at once, kept by reparse,
 * undone by a revert that is itself a change.
 */
class CorrectionTest {
    private static final String DOC = "06_presidium_1956-11-03.txt";
    private static final Account EDITOR = new Account("historian", Role.EDITOR, "x");

    @TempDir
    Path tmp;
    private Archive archive;
    private String id;
    private ArchiveRecord parsed;

    @BeforeEach
    void ingest() {
        archive = Archive.open(tmp.resolve("home"), null, "test");
        archive.ingest(List.of(Seeds.corpus("real/docs").resolve(DOC), Seeds.corpus("real/docs").resolve("08_horvath_notes_1956-11-03.txt")),
                1, Ingest.Progress.NONE, line -> { });
        id = archive.documents().ids().filter(i -> archive.documents().record(i).orElseThrow().title().contains("Session of the CPSU CC Presidium")
                && archive.documents().record(i).orElseThrow().date().equals("1956-11-03")).findFirst().orElseThrow();
        parsed = archive.documents().record(id).orElseThrow();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        archive.close();
    }

    @Test
    void aCorrectedTitleIsANewVersionNamingEditorAndReasonWithTheSourceUntouched() {
        StoredVersion before = archive.documents().read(id, VersionRef.LATEST).orElseThrow();
        Archive.Corrected done = archive.correct(RecordCorrection.set(id, "title", List.of("Malin's notes, Zaporozhets session"),
                "the title as the Bulletin prints it"), EDITOR);

        assertThat(done.version()).isEqualTo(before.version() + 1);
        StoredVersion after = archive.documents().read(id, VersionRef.LATEST).orElseThrow();
        assertThat(after.source()).isEqualTo(before.source());
        assertThat(after.message()).isEqualTo("correction of title by historian: the title as the Bulletin prints it");
        ArchiveRecord r = archive.documents().record(id).orElseThrow();
        assertThat(r.title()).isEqualTo("Malin's notes, Zaporozhets session");
        assertThat(r.corrections()).singleElement().satisfies(c -> {
            assertThat(c.before()).containsExactly(parsed.title());
            assertThat(c.editor()).isEqualTo("historian");
            assertThat(c.reason()).isEqualTo("the title as the Bulletin prints it");
        });
        assertThat(archive.verify()).isEmpty();
        waitForSearcher();
        assertThat(archive.searcher().search(SearchRequest.of("Zaporozhets")).hits()).extracting(h -> h.id()).contains(id);
        try (Tables t = archive.tables(Optional.empty(), line -> { })) {
            assertThat(t.session(id)).get().extracting(Session::title).isEqualTo("Malin's notes, Zaporozhets session");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aReparseKeepsTheEditorsCorrectionAndARevertUndoesItAsANewChange() {
        archive.correct(RecordCorrection.set(id, "date", List.of("1956-11-02"), "the session began the evening before"), EDITOR);
        archive.correct(RecordCorrection.set(id, "speakers", List.of("Khrushchev", "Zhukov"), "only these two speak here"), EDITOR);
        int version = archive.documents().read(id, VersionRef.LATEST).orElseThrow().version();

        archive.reparse(line -> { });
        ArchiveRecord kept = archive.documents().record(id).orElseThrow();
        assertThat(kept.date()).isEqualTo("1956-11-02");
        assertThat(kept.speakers()).containsExactly("Khrushchev", "Zhukov");
        assertThat(archive.documents().read(id, VersionRef.LATEST).orElseThrow().version()).as("nothing to write").isEqualTo(version);

        archive.correct(RecordCorrection.revert(id, 1, "the notes are dated the 3rd after all"), EDITOR);
        ArchiveRecord reverted = archive.documents().record(id).orElseThrow();
        assertThat(reverted.date()).isEqualTo(parsed.date());
        assertThat(reverted.speakers()).containsExactly("Khrushchev", "Zhukov");
        assertThat(reverted.corrections()).extracting(Correction::reverts).containsExactly(null, null, 1);
        List<VersionSummary> history = archive.documents().history(id);
        assertThat(history.getLast().message()).isEqualTo("revert of change 1 by historian: the notes are dated the 3rd after all");
        assertThat(archive.verify()).isEmpty();

        // a reparse after the revert keeps the parser's date, since the latest word on it is the revert
        archive.reparse(line -> { });
        assertThat(archive.documents().record(id).orElseThrow().date()).isEqualTo(parsed.date());
    }

    @Test
    void ingestingTheSameFileAgainKeepsTheEditorsCorrectionAndWritesNothing() {
        archive.correct(RecordCorrection.set(id, "title", List.of("Malin's notes, Zaporozhets session"), "the Bulletin's title"), EDITOR);
        int version = archive.documents().read(id, VersionRef.LATEST).orElseThrow().version();

        Ingest.Summary again = archive.ingest(List.of(Seeds.corpus("real/docs").resolve(DOC)), 1, Ingest.Progress.NONE, line -> { }).summary();

        assertThat(again.line()).startsWith("added 0, updated 0, unchanged 1");
        ArchiveRecord r = archive.documents().record(id).orElseThrow();
        assertThat(r.title()).isEqualTo("Malin's notes, Zaporozhets session");
        assertThat(r.corrections()).hasSize(1);
        assertThat(archive.documents().read(id, VersionRef.LATEST).orElseThrow().version()).isEqualTo(version);
        assertThat(archive.verify()).isEmpty();
    }

    /** A document of a FRUS volume is stored from its volume, read again whole by reparse and by a second ingest. */
    @Test
    void aVolumesDocumentKeepsItsCorrectionWhenTheVolumeIsReadAgain() {
        Path volume = Seeds.corpus("frus").resolve("frus1955-57v25-excerpt.xml");
        archive.ingest(List.of(volume), 1, Ingest.Progress.NONE, line -> { });
        String doc = "frus1955-57v25-d97";
        ArchiveRecord before = archive.documents().record(doc).orElseThrow();
        archive.correct(RecordCorrection.set(doc, "kind", List.of("minutes"), "a record of the meeting, not a telegram"), EDITOR);
        int version = archive.documents().read(doc, VersionRef.LATEST).orElseThrow().version();

        archive.reparse(line -> { });
        archive.ingest(List.of(volume), 1, Ingest.Progress.NONE, line -> { });

        ArchiveRecord after = archive.documents().record(doc).orElseThrow();
        assertThat(after.kind()).isNotEqualTo(before.kind()).isEqualTo("minutes");
        assertThat(after.corrections()).singleElement().extracting(Correction::editor).isEqualTo("historian");
        assertThat(archive.documents().read(doc, VersionRef.LATEST).orElseThrow().version()).as("nothing to write").isEqualTo(version);
        assertThat(archive.verify()).isEmpty();
    }

    @Test
    void theOaiDatestampOfACorrectedRecordMoves() throws InterruptedException {
        OaiProvider oai = archive.oai(OaiConfig.forServer("http://127.0.0.1:8080", "archivist@example.org"));
        String list = oai.handle(Map.of("verb", List.of("ListIdentifiers"), "metadataPrefix", List.of("oai_dc")), Instant.now()).xml();
        Matcher m = Pattern.compile("<identifier>([^<]*" + Pattern.quote(id) + ")</identifier>").matcher(list);
        assertThat(m.find()).as(list).isTrue();
        Map<String, List<String>> get = Map.of("verb", List.of("GetRecord"), "identifier", List.of(m.group(1)), "metadataPrefix", List.of("oai_dc"));
        String before = datestamp(oai.handle(get, Instant.now()).xml());
        Thread.sleep(1_100); // datestamps are to the second
        archive.correct(RecordCorrection.set(id, "kind", List.of("minutes"), "a record of the meeting"), EDITOR);
        String after = datestamp(oai.handle(get, Instant.now()).xml());
        assertThat(after).isGreaterThan(before);
    }

    private static String datestamp(String xml) {
        Matcher m = Pattern.compile("<datestamp>([^<]*)</datestamp>").matcher(xml);
        assertThat(m.find()).as(xml).isTrue();
        return m.group(1);
    }

    @Test
    void aWrongCorrectionIsRefusedWithItsCodeAndWritesNothing() {
        int version = archive.documents().read(id, VersionRef.LATEST).orElseThrow().version();
        assertCode(RecordCorrection.set(id, "date", List.of("3 November 1956"), "why"), "bad-correction");
        assertCode(RecordCorrection.set(id, "kind", List.of("poem"), "why"), "bad-correction");
        assertCode(RecordCorrection.set(id, "body", List.of("x"), "why"), "bad-correction");
        assertCode(RecordCorrection.set(id, "title", List.of("A title"), " "), "bad-reason");
        assertCode(RecordCorrection.set(id, "title", List.of(parsed.title()), "the same"), "no-change");
        assertCode(RecordCorrection.revert(id, 7, "no such change"), "not-found");
        assertCode(RecordCorrection.set("no-such-id", "title", List.of("A title"), "why"), "not-found");
        assertThat(archive.documents().read(id, VersionRef.LATEST).orElseThrow().version()).isEqualTo(version);
        assertThat(archive.verify()).isEmpty();
    }

    @Test
    void aReaderAccountCannotCorrect() {
        assertThatThrownBy(() -> archive.correct(RecordCorrection.set(id, "title", List.of("X"), "why"), new Account("guest", Role.READER, "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertCode(RecordCorrection c, String code) {
        assertThatThrownBy(() -> archive.correct(c, EDITOR)).isInstanceOfSatisfying(FondsException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** The searcher looks for a newer commit once a second at most. */
    private static void waitForSearcher() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
