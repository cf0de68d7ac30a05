package org.fonds.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Role;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Decision;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.Task;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.error.FondsException;
import org.fonds.ingest.Ingest;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Correction;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's corrections of the decisions and tasks of a real record (Malin's notes of the Presidium,
 * 20 October 1956, whose "Think through the questions that have been raised." the extraction misses) on a
 * real home: each a new OCFL version with the source untouched, shown by the tables at once, kept by
 * reparse and reindex, undone by a revert.
 */
class ResolutionCorrectionTest {
    private static final String DOC = "02_presidium_1956-10-20.txt";
    /** A resolution of point I.4 that the extraction misses (it reads "Send information." and "Take notice of information." beside it). */
    private static final String MISSED = "Think through the questions that have been raised.";
    private static final String MIKOYAN_TASK = "Cde. Mikoyan is to draft information for the fraternal parties.";
    private static final Account EDITOR = new Account("historian", Role.EDITOR, "x");

    @TempDir
    Path tmp;
    private Archive archive;
    private String id;

    @BeforeEach
    void ingest() {
        archive = Archive.open(tmp.resolve("home"), null, "test");
        archive.ingest(List.of(Seeds.corpus("real/docs").resolve(DOC)), 1, Ingest.Progress.NONE, line -> { });
        id = archive.documents().ids().findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void anAddedDecisionIsANewVersionTheTablesShowAtOnceMarkedAsTheEditors() {
        assertThat(texts(session().decisions())).doesNotContain(MISSED);
        StoredVersion before = archive.documents().read(id, VersionRef.LATEST).orElseThrow();

        Archive.Corrected done = archive.correct(ResolutionCorrection.add(id, "decision", List.of(MISSED), "point 4 resolves three things"), EDITOR);

        assertThat(done.version()).isEqualTo(before.version() + 1);
        StoredVersion after = archive.documents().read(id, VersionRef.LATEST).orElseThrow();
        assertThat(after.source()).isEqualTo(before.source());
        assertThat(after.message()).isEqualTo("addition of a decision by historian: point 4 resolves three things");
        ArchiveRecord r = archive.documents().record(id).orElseThrow();
        assertThat(r.body()).isEqualTo(org.fonds.record.RecordJson.read(before.recordJson()).body());
        assertThat(session().decisions()).filteredOn(d -> d.text().equals(MISSED)).singleElement()
                .extracting(Decision::correctedBy).isEqualTo("historian");
        assertThat(archive.verify()).isEmpty();
    }

    @Test
    void removeAndEditAreKeptByReparseAndReindexAndARevertRestores() {
        Session parsed = session();
        String first = parsed.decisions().getFirst().text();
        Task mikoyan = parsed.tasks().stream().filter(t -> t.text().equals(MIKOYAN_TASK)).findFirst().orElseThrow();
        String mikoyanId = mikoyan.personIds().getFirst();

        archive.correct(ResolutionCorrection.remove(id, "decision", List.of(first), "not a resolution"), EDITOR);
        archive.correct(ResolutionCorrection.edit(id, "task", List.of(MIKOYAN_TASK, "Mikoyan"),
                List.of("Cde. Mikoyan is to draft information for the fraternal parties and for China.", "Mikoyan"), "the note adds China"), EDITOR);
        archive.correct(ResolutionCorrection.add(id, "decision", List.of(MISSED), "point 4 resolves three things"), EDITOR);
        assertCorrected(first, mikoyanId);

        archive.reparse(line -> { });
        assertCorrected(first, mikoyanId);
        archive.reindex();
        assertCorrected(first, mikoyanId);
        assertThat(archive.verify()).isEmpty();

        archive.correct(RecordCorrection.revert(id, 1, "it is one after all"), EDITOR);
        archive.correct(RecordCorrection.revert(id, 3, "a suggestion, not a resolution"), EDITOR);
        Session reverted = session();
        assertThat(texts(reverted.decisions())).contains(first).doesNotContain(MISSED);
        assertThat(reverted.decisions()).filteredOn(d -> d.text().equals(first)).singleElement()
                .extracting(Decision::correctedBy).isEqualTo("historian");
        ArchiveRecord r = archive.documents().record(id).orElseThrow();
        assertThat(r.corrections()).extracting(Correction::reverts).containsExactly(null, null, null, 1, 3);
        assertThat(r.corrections().get(3).before()).isEmpty();
        assertThat(r.corrections().get(3).after()).containsExactly(first);
        assertThat(archive.documents().history(id).getLast().message()).isEqualTo("revert of change 3 by historian: a suggestion, not a resolution");
        assertThat(archive.verify()).isEmpty();
    }

    @Test
    void aWrongCorrectionIsRefusedWithItsCodeAndWritesNothing() {
        int version = archive.documents().read(id, VersionRef.LATEST).orElseThrow().version();
        assertCode(ResolutionCorrection.add(id, "decision", List.of(MISSED), " "), "bad-reason");
        assertCode(ResolutionCorrection.add(id, "decision", List.of(MISSED, "Serov"), "a decision names no one"), "bad-correction");
        assertCode(ResolutionCorrection.add(id, "verdict", List.of(MISSED), "no such field"), "bad-correction");
        assertCode(ResolutionCorrection.edit(id, "task", List.of(MIKOYAN_TASK), List.of(MIKOYAN_TASK), "the same"), "bad-correction");
        assertThat(archive.documents().read(id, VersionRef.LATEST).orElseThrow().version()).isEqualTo(version);
        assertThatThrownBy(() -> archive.correct(ResolutionCorrection.add(id, "decision", List.of(MISSED), "why"), new Account("guest", Role.READER, "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertCorrected(String removed, String mikoyanId) {
        Session s = session();
        assertThat(texts(s.decisions())).contains(MISSED).doesNotContain(removed);
        assertThat(s.tasks()).filteredOn(t -> t.text().contains("and for China")).singleElement().satisfies(t -> {
            assertThat(t.correctedBy()).isEqualTo("historian");
            assertThat(t.personIds()).containsExactly(mikoyanId);
        });
        assertThat(texts(s.tasks().stream().map(t -> new Decision(id, null, t.text())).toList())).doesNotContain(MIKOYAN_TASK);
        try (Tables t = archive.tables(Optional.empty(), line -> { })) {
            assertThat(t.tasks(mikoyanId, 0, 100)).extracting(LogEntry::text).contains("Cde. Mikoyan is to draft information for the fraternal parties and for China.")
                    .doesNotContain(MIKOYAN_TASK);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Session session() {
        try (Tables t = archive.tables(Optional.empty(), line -> { })) {
            return t.session(id).orElseThrow();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts(List<Decision> ds) {
        return ds.stream().map(Decision::text).toList();
    }

    private void assertCode(RecordChange c, String code) {
        assertThatThrownBy(() -> archive.correct(c, EDITOR)).isInstanceOfSatisfying(FondsException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
