package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.PersonSession;
import org.fonds.deliberation.read.PersonTotals;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Cell;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.TimelineEntry;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link Tables} must answer, checked against the {@link Deliberations} value built from
 * the same records (generated ones, the real records of the shared corpus, and hostile ids): the
 * value is the oracle, so two implementations that pass both answer as it does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TablesContract {
    private static final List<String> HOSTILE = List.of("", "' OR '1'='1", "x'; DROP TABLE people; --", "%", "_", "\u0000",
            "kadar-janos\u0000", "../people", "Kadar");
    private static List<ArchiveRecord> records;
    private static Deliberations value;
    protected Tables tables;

    /** The implementation under test, made from these records and this authority. */
    protected abstract Tables tables(List<ArchiveRecord> records, Authority authority) throws Exception;

    static synchronized List<ArchiveRecord> records() {
        if (records == null) {
            List<ArchiveRecord> out = new ArrayList<>(Corpus.generated(0, 400));
            out.addAll(Corpus.real().values());
            out.addAll(Corpus.seeds());
            records = List.copyOf(out);
        }
        return records;
    }

    static synchronized Deliberations value() {
        if (value == null) value = Deliberations.build(records(), Authority.sample());
        return value;
    }

    @BeforeAll
    void open() throws Exception {
        tables = tables(records(), Authority.sample());
    }

    @Test
    void thePeopleAreThoseOfTheValueInIdOrderPageByPage() {
        List<Person> entries = value().people().stream().map(Tables::entry).toList();
        assertThat(tables.peopleCount()).isEqualTo(value().people().size());
        assertThat(tables.people(0, Integer.MAX_VALUE)).isEqualTo(entries);
        List<Person> paged = new ArrayList<>();
        for (int offset = 0; offset < tables.peopleCount() + 7; offset += 7) paged.addAll(tables.people(offset, 7));
        assertThat(paged).isEqualTo(entries);
        assertThat(tables.people(tables.peopleCount(), 10)).isEmpty();
    }

    @Test
    void everyPersonIsFoundByIdAndNoOneByAHostileOne() {
        for (Person p : value().people()) {
            assertThat(tables.person(p.id())).contains(Tables.entry(p));
            assertThat(tables.documentCount(p.id())).isEqualTo(p.documents().size());
            assertThat(tables.documents(p.id(), 0, Integer.MAX_VALUE)).isEqualTo(p.documents());
            if (p.documents().size() > 3) assertThat(tables.documents(p.id(), 2, 2)).isEqualTo(p.documents().subList(2, 4));
        }
        for (String id : HOSTILE) {
            assertThat(tables.person(id)).as(id).isEmpty();
            assertThat(tables.documentCount(id)).isZero();
            assertThat(tables.documents(id, 0, 10)).isEmpty();
            assertThat(tables.statementCount(id)).isZero();
            assertThat(tables.statements(id, 0, 10)).isEmpty();
            assertThat(tables.session(id)).isEmpty();
            assertThat(tables.sessionPosition(id)).isEqualTo(-1);
            assertThat(tables.attendees(id)).isEmpty();
            assertThat(tables.personSessions(id, 0, 10)).isEmpty();
            assertThat(tables.totals(id)).isEqualTo(PersonTotals.NONE);
        }
        assertThat(tables.peopleCount()).isEqualTo(value().people().size());
    }

    @Test
    void theSessionsAreThoseOfTheValueInDateOrderEachWithItsPosition() {
        assertThat(tables.sessionCount()).isEqualTo(value().sessions().size());
        assertThat(tables.sessions(0, Integer.MAX_VALUE)).isEqualTo(value().sessions());
        assertThat(tables.sessions(3, 5)).isEqualTo(value().sessions().subList(3, 8));
        for (int i = 0; i < value().sessions().size(); i++) {
            Session s = value().sessions().get(i);
            assertThat(tables.session(s.documentId())).contains(s);
            assertThat(tables.sessionPosition(s.documentId())).isEqualTo(i);
        }
    }

    @Test
    void aPersonsTurnsComeInSessionOrderAPageAtATime() {
        for (Person p : value().people()) {
            List<Statement> expected = value().statements().of(p.id());
            assertThat(tables.statementCount(p.id())).isEqualTo(expected.size());
            List<Statement> paged = new ArrayList<>();
            for (int offset = 0; offset < expected.size(); offset += 50) paged.addAll(tables.statements(p.id(), offset, 50));
            assertThat(paged).as(p.id()).isEqualTo(expected);
        }
    }

    @Test
    void aPersonsTasksAreTheLogsTasksNamingThem() {
        for (Person p : value().people()) {
            List<LogEntry> expected = value().log().tasks().stream().filter(e -> e.personIds().contains(p.id())).toList();
            assertThat(tables.taskCount(p.id())).isEqualTo(expected.size());
            assertThat(tables.tasks(p.id(), 0, Integer.MAX_VALUE)).as(p.id()).isEqualTo(expected);
        }
        assertThat(value().log().tasks()).isNotEmpty();
    }

    @Test
    void whoAttendedASessionAndTheirTurnsAreTheMatricesCells() {
        for (Session s : value().sessions()) {
            List<String> expected = value().attendance().cells().stream().filter(c -> c.documentId().equals(s.documentId()))
                    .map(Cell::personId).toList();
            assertThat(tables.attendees(s.documentId())).as(s.documentId()).isEqualTo(expected);
        }
        for (Cell c : value().speaking().cells()) assertThat(tables.turns(c.personId(), c.documentId())).isEqualTo(c.value());
        assertThat(value().speaking().cells()).isNotEmpty();
    }

    @Test
    void aPersonsSessionsJoinAttendanceAndSpeakingInSessionOrder() {
        for (Person p : value().people()) {
            // a speaker whose list gives no turns has a cell of 0 turns: the cell, not its value, says they spoke
            java.util.Set<String> attendedIn = cellsOf(value().attendance().cells(), p.id());
            java.util.Set<String> spokeIn = cellsOf(value().speaking().cells(), p.id());
            Map<String, PersonSession> expected = new LinkedHashMap<>();
            for (Session s : value().sessions()) {
                if (attendedIn.contains(s.documentId()) || spokeIn.contains(s.documentId())) {
                    expected.put(s.documentId(), new PersonSession(s.documentId(), s.date(), s.title(), attendedIn.contains(s.documentId()),
                            value().speaking().value(p.id(), s.documentId())));
                }
            }
            assertThat(tables.personSessionCount(p.id())).isEqualTo(expected.size());
            assertThat(tables.personSessions(p.id(), 0, Integer.MAX_VALUE)).as(p.id()).containsExactlyElementsOf(expected.values());
            int attended = (int) expected.values().stream().filter(PersonSession::attended).count();
            int turns = expected.values().stream().mapToInt(PersonSession::turns).sum();
            assertThat(tables.totals(p.id())).isEqualTo(new PersonTotals(attended, turns));
        }
    }

    private static java.util.Set<String> cellsOf(List<Cell> cells, String personId) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Cell c : cells) if (c.personId().equals(personId)) out.add(c.documentId());
        return out;
    }

    @Test
    void theTimelineBetweenTwoDaysIsTheValuesInItsOrder() {
        List<TimelineEntry> all = value().timeline().entries();
        assertThat(all).isNotEmpty();
        assertThat(tables.timeline("", "\uffff")).isEqualTo(all);
        String from = all.get(all.size() / 3).date();
        String to = all.get(2 * all.size() / 3).date();
        assertThat(tables.timeline(from, to)).isEqualTo(all.stream().filter(e -> e.date().compareTo(from) >= 0 && e.date().compareTo(to) <= 0).toList());
    }
}
