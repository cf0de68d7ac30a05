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
import org.fonds.deliberation.read.TableFiles;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Cell;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.ReferenceGroup;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.Table;
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
            out.add(undated(Corpus.generated(400, 1).getFirst()));
            out.add(dated(Corpus.generated(401, 1).getFirst(), "1956-11"));
            out.add(dated(Corpus.generated(402, 1).getFirst(), "1956"));
            records = List.copyOf(out);
        }
        return records;
    }

    /** The record without its date (a meeting whose notes the editors could not date): a session that sorts first. */
    private static ArchiveRecord undated(ArchiveRecord r) {
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) org.fonds.record.RecordJson
                .mapper().valueToTree(r);
        json.remove(List.of("date", "dateRange", "dateText"));
        return org.fonds.record.RecordJson.read(json.toString()).withId("undated-" + r.id());
    }

    /** The record dated only by month or year (a telegram the editors date "November 1956"): the chronology must still place it. */
    private static ArchiveRecord dated(ArchiveRecord r, String date) {
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) org.fonds.record.RecordJson
                .mapper().valueToTree(r);
        json.remove(List.of("dateRange", "dateText"));
        json.put("date", date);
        return org.fonds.record.RecordJson.read(json.toString()).withId("dated-" + date + "-" + r.id());
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
            assertThat(tables.workCount(p.id())).as(p.id()).isEqualTo(works(p.documents()).size());
            for (String doc : p.documents()) assertThat(tables.copies(doc)).as(doc).isEqualTo(value().copiesOf(doc));
            assertThat(tables.documents(p.id(), 0, Integer.MAX_VALUE)).isEqualTo(p.documents());
            if (p.documents().size() > 3) assertThat(tables.documents(p.id(), 2, 2)).isEqualTo(p.documents().subList(2, 4));
            Map<String, List<org.fonds.deliberation.people.Role>> roles = new LinkedHashMap<>();
            for (String doc : p.documents()) roles.put(doc, p.rolesByDocument().getOrDefault(doc, List.of()));
            assertThat(tables.roles(p.id(), 0, Integer.MAX_VALUE)).as(p.id()).containsExactlyEntriesOf(roles);
            if (p.documents().size() > 3) assertThat(tables.roles(p.id(), 2, 2).keySet()).containsExactlyElementsOf(p.documents().subList(2, 4));
        }
        for (String id : HOSTILE) {
            assertThat(tables.person(id)).as(id).isEmpty();
            assertThat(tables.documentCount(id)).isZero();
            assertThat(tables.documents(id, 0, 10)).isEmpty();
            assertThat(tables.roles(id, 0, 10)).isEmpty();
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
            java.util.Set<String> meetings = new java.util.HashSet<>();
            Map<String, Integer> turnsByWork = new java.util.HashMap<>();
            for (PersonSession s : expected.values()) {
                List<String> accounts = value().session(s.documentId()).orElseThrow().accounts();
                if (s.attended()) meetings.add(accounts.isEmpty() ? s.documentId() : accounts.get(0));
                turnsByWork.merge(work(s.documentId()), s.turns(), Math::max);
            }
            int turns = turnsByWork.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(tables.totals(p.id())).as(p.id()).isEqualTo(new PersonTotals(meetings.size(), turns));
        }
    }

    /** The works of {@code documents}: copies of one text from several publishers are one. */
    private java.util.Set<String> works(List<String> documents) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String d : documents) out.add(work(d));
        return out;
    }

    private String work(String documentId) {
        List<String> copies = value().copiesOf(documentId);
        return copies.isEmpty() ? documentId : copies.get(0);
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

    @Test
    void aWholePersonHasEveryDocumentAndTheirRolesInEach() {
        for (Person p : value().people()) assertThat(tables.wholePerson(p.id())).as(p.id()).contains(p);
        assertThat(value().people().stream().anyMatch(p -> !p.rolesByDocument().isEmpty())).isTrue();
        for (String id : HOSTILE) assertThat(tables.wholePerson(id)).isEmpty();
    }

    /** Ranges as the pictures ask for them: none, a year, a month, days, one end open, and one with nothing in it. */
    private static List<String[]> ranges() {
        List<String> days = value().sessions().stream().map(Session::date).filter(d -> d != null && d.length() == 10).sorted().toList();
        String mid = days.get(days.size() / 2);
        return List.of(new String[] {"", ""}, new String[] {"1956", "1956"}, new String[] {mid.substring(0, 7), mid.substring(0, 7)},
                new String[] {days.get(days.size() / 4), mid}, new String[] {mid, ""}, new String[] {"", mid.substring(0, 4)},
                new String[] {"1700", "1701-02"}, new String[] {mid.substring(0, 7), ""});
    }

    private static List<Session> inRange(String from, String to) {
        if (from.isEmpty() && to.isEmpty()) return value().sessions();
        return value().sessions().stream().filter(s -> Tables.within(s.date(), from, to)).toList();
    }

    @Test
    void theSessionsWithinDatesAreThoseOfTheValueInDateOrder() {
        for (String[] r : ranges()) {
            List<Session> expected = inRange(r[0], r[1]);
            String range = r[0] + ".." + r[1];
            assertThat(tables.sessionCount(r[0], r[1])).as(range).isEqualTo(expected.size());
            assertThat(tables.sessions(r[0], r[1], 0, Integer.MAX_VALUE)).as(range).isEqualTo(expected);
            if (expected.size() > 4) assertThat(tables.sessions(r[0], r[1], 2, 2)).as(range).isEqualTo(expected.subList(2, 4));
        }
        assertThat(tables.sessionCount("", "")).isEqualTo(value().sessions().size());
        assertThat(value().sessions().stream().anyMatch(s -> s.date() == null)).as("an undated session, which only 'no dates' takes in").isTrue();
    }

    /** Ranges that begin or end inside a month, or both, as a reader zooms in: the counts by month serve only whole months. */
    private static List<String[]> cutRanges() {
        List<String> days = value().sessions().stream().map(Session::date).filter(d -> d != null && d.length() == 10).distinct().sorted().toList();
        java.util.Random random = new java.util.Random(11);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String a = days.get(random.nextInt(days.size()));
            String b = days.get(random.nextInt(days.size()));
            String from = a.compareTo(b) <= 0 ? a : b;
            String to = a.compareTo(b) <= 0 ? b : a;
            switch (i % 5) {
                case 1 -> from = from.substring(0, 7);
                case 2 -> to = to.substring(0, 7);
                case 3 -> from = "";
                case 4 -> to = "";
                default -> { }
            }
            out.add(new String[] {from, to});
        }
        return out;
    }

    @Test
    void whoTookPartWithinDatesAndWhoSatTogetherAreCountedFromTheAttendance() {
        List<String[]> all = new ArrayList<>(ranges());
        all.addAll(cutRanges());
        List<String> ids = value().people().stream().map(Person::id).sorted().toList();
        // half the people, and two: a database reads the pairs one way where the chosen are many beside a month's people, another where few
        List<List<String>> choices = List.of(ids.stream().filter(id -> id.compareTo("m") < 0).toList(), ids.subList(0, Math.min(2, ids.size())));
        for (String[] r : all) for (List<String> chosen : choices) {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            Map<String, Integer> pairs = new java.util.TreeMap<>();
            for (Session s : inRange(r[0], r[1])) {
                List<String> present = value().attendance().cells().stream().filter(c -> c.documentId().equals(s.documentId()))
                        .map(Cell::personId).toList();
                present.forEach(id -> counts.merge(id, 1, Integer::sum));
                for (String a : present) for (String b : present) {
                    if (a.compareTo(b) < 0 && chosen.contains(a) && chosen.contains(b)) pairs.merge(a + " " + b, 1, Integer::sum);
                }
            }
            String range = r[0] + ".." + r[1] + " of " + chosen.size();
            assertThat(tables.attendanceCounts(r[0], r[1])).as(range).isEqualTo(counts);
            List<String> together = tables.together(r[0], r[1], chosen).stream().map(t -> t.first() + " " + t.second() + "=" + t.sessions()).toList();
            assertThat(together).as(range).containsExactlyElementsOf(pairs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
        assertThat(tables.together("", "", List.of())).isEmpty();
        assertThat(tables.together("", "", List.of("' OR 1=1 --"))).isEmpty();
    }

    @Test
    void theAttendanceOfAPageOfSessionsComesInOneAnswerByPersonThenSession() {
        List<Session> sessions = value().sessions();
        for (int from = 0; from < sessions.size(); from += 60) {
            List<String> page = sessions.subList(from, Math.min(sessions.size(), from + 60)).stream().map(Session::documentId).toList();
            java.util.Set<String> wanted = new java.util.HashSet<>(page);
            List<Cell> expected = value().attendance().cells().stream().filter(c -> wanted.contains(c.documentId()))
                    .map(c -> new Cell(c.personId(), c.documentId(), value().speaking().value(c.personId(), c.documentId()))).toList();
            // the attendance matrix's cells come by person, then in session order: the order asked for
            assertThat(tables.attendance(page)).as("sessions " + from).containsExactlyElementsOf(expected);
        }
        assertThat(value().attendance().cells().stream().anyMatch(c -> value().speaking().value(c.personId(), c.documentId()) > 1)).isTrue();
        List<String> hostile = new ArrayList<>(HOSTILE);
        hostile.add(value().sessions().get(5).documentId());
        assertThat(tables.attendance(hostile)).containsExactlyElementsOf(
                tables.attendance(List.of(value().sessions().get(5).documentId())));
        assertThat(tables.attendance(List.of())).isEmpty();
    }

    @Test
    void peopleAskedTogetherAreTheirEntriesByIdAndNoOneForAHostileId() {
        List<String> ids = new ArrayList<>(value().people().stream().map(Person::id).filter(id -> id.compareTo("k") < 0).toList());
        ids.addAll(HOSTILE);
        Map<String, Person> expected = new java.util.TreeMap<>();
        for (Person p : value().people()) if (p.id().compareTo("k") < 0) expected.put(p.id(), Tables.entry(p));
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(tables.people(ids)).containsExactlyEntriesOf(expected);
        assertThat(tables.people(List.of())).isEmpty();
    }

    /** Every record as the builder keeps it: the last added under an id. */
    private static Map<String, ArchiveRecord> byId() {
        Map<String, ArchiveRecord> out = new LinkedHashMap<>();
        for (ArchiveRecord r : records()) out.put(r.id(), r);
        return out;
    }

    /** The dated records within the dates, in date order then by id, read from the records themselves. */
    private static List<org.fonds.deliberation.tables.DocumentEntry> datedIn(String from, String to) {
        return byId().values().stream().filter(r -> r.date() != null && !r.date().isEmpty())
                .filter(r -> from.isEmpty() && to.isEmpty() || Tables.within(r.date(), from, to))
                .sorted(java.util.Comparator.comparing(ArchiveRecord::date).thenComparing(ArchiveRecord::id))
                .map(r -> new org.fonds.deliberation.tables.DocumentEntry(r.id(), r.date(), r.kind(), r.title())).toList();
    }

    /** Ranges over the records' dates: none, a year, a month, between two days, open at either end, a year only, nothing. */
    private static List<String[]> documentRanges() {
        List<String> days = byId().values().stream().map(ArchiveRecord::date).filter(d -> d != null && d.length() == 10).sorted().toList();
        String mid = days.get(days.size() / 2);
        return List.of(new String[] {"", ""}, new String[] {"1956", "1956"}, new String[] {mid.substring(0, 7), mid.substring(0, 7)},
                new String[] {days.get(days.size() / 5), mid}, new String[] {mid, ""}, new String[] {"", mid.substring(0, 4)},
                new String[] {"1700", "1701-02"}, new String[] {"1956-11-04", "1956-11-04"});
    }

    @Test
    void theChronologyIsEveryDatedRecordOfAnyKindInDateOrderPageByPage() {
        Map<String, ArchiveRecord> all = byId();
        long kinds = all.values().stream().filter(r -> r.date() != null).map(ArchiveRecord::kind).distinct().count();
        assertThat(kinds).as("records of several kinds, not only sessions").isGreaterThan(3);
        assertThat(all.values().stream().anyMatch(r -> r.date() != null && r.date().length() < 10)).as("a record dated by month or year").isTrue();
        for (String[] r : documentRanges()) {
            List<org.fonds.deliberation.tables.DocumentEntry> expected = datedIn(r[0], r[1]);
            String range = r[0] + ".." + r[1];
            assertThat(tables.datedCount(r[0], r[1])).as(range).isEqualTo(expected.size());
            assertThat(tables.dated(r[0], r[1], 0, Integer.MAX_VALUE)).as(range).containsExactlyElementsOf(expected);
            List<org.fonds.deliberation.tables.DocumentEntry> paged = new ArrayList<>();
            for (int offset = 0; offset < expected.size() + 9; offset += 9) paged.addAll(tables.dated(r[0], r[1], offset, 9));
            assertThat(paged).as(range).containsExactlyElementsOf(expected);
        }
        long undated = all.values().stream().filter(r -> r.date() == null || r.date().isEmpty()).count();
        assertThat(undated).isPositive();
        assertThat(tables.undatedCount()).isEqualTo(undated);
        assertThat(tables.datedCount("", "") + tables.undatedCount()).isEqualTo(all.size());
    }

    @Test
    void theChronologysCountsAreByDateAsWrittenAndKind() {
        for (String[] r : documentRanges()) {
            Map<String, Integer> expected = new java.util.TreeMap<>();
            for (var e : datedIn(r[0], r[1])) expected.merge(e.date() + "|" + (e.kind() == null ? "" : e.kind()), 1, Integer::sum);
            List<org.fonds.deliberation.tables.DateCount> counts = tables.datedCounts(r[0], r[1]);
            Map<String, Integer> got = new java.util.TreeMap<>();
            for (var c : counts) got.put(c.date() + "|" + (c.kind() == null ? "" : c.kind()), c.documents());
            String range = r[0] + ".." + r[1];
            assertThat(got).as(range).isEqualTo(expected);
            assertThat(counts).as(range).hasSize(expected.size()); // each date and kind once
            // a separator below every character of a date, so "1956" sorts before "1956-02-11"
            List<String> order = counts.stream().map(c -> c.date() + "\u0001" + (c.kind() == null ? "" : "~" + c.kind())).toList();
            assertThat(order).as(range + ": by date, an unknown kind first").isSorted();
        }
    }

    @Test
    void aDocumentsHeadingIsItsSessionsTitleAndDateElseItsRecords() {
        List<String> ids = new ArrayList<>(byId().keySet());
        ids.addAll(HOSTILE);
        Map<String, org.fonds.deliberation.read.Heading> headings = tables.headings(ids);
        assertThat(headings).hasSize(byId().size());
        for (ArchiveRecord r : byId().values()) {
            Session s = value().session(r.id()).orElse(null);
            assertThat(headings.get(r.id())).as(r.id()).isEqualTo(s != null ? new org.fonds.deliberation.read.Heading(r.id(), s.title(), s.date())
                    : new org.fonds.deliberation.read.Heading(r.id(), r.title(), r.date()));
        }
    }

    @Test
    void theDatesMentionedAreCountedByTheirFirstCharacters() {
        List<TimelineEntry> all = value().timeline().entries();
        assertThat(all).as("the value mentions dates").isNotEmpty();
        for (int keyLength : new int[] {4, 7, 10}) {
            for (String[] range : new String[][] {{"", "\uffff"}, {"1956", "1956-12-31\uffff"}, {"1956-11", "1956-11-30\uffff"}}) {
                java.util.Map<String, List<TimelineEntry>> byKey = new java.util.TreeMap<>();
                for (TimelineEntry e : all) {
                    if (e.date().compareTo(range[0]) < 0 || e.date().compareTo(range[1]) > 0) continue;
                    byKey.computeIfAbsent(e.date().substring(0, Math.min(keyLength, e.date().length())), k -> new java.util.ArrayList<>()).add(e);
                }
                List<org.fonds.deliberation.tables.MentionCount> expected = byKey.entrySet().stream()
                        .map(en -> new org.fonds.deliberation.tables.MentionCount(en.getKey(), en.getValue().size(),
                                (int) en.getValue().stream().map(TimelineEntry::documentId).distinct().count()))
                        .toList();
                assertThat(tables.timelineCounts(range[0], range[1], keyLength)).as(keyLength + " " + range[0]).isEqualTo(expected);
            }
        }
    }

    /**
     * Ranges that cut through a month or a year at either end, as an axis starting on the 24th does:
     * the counts kept by step must be taken only for the steps wholly within, the rest counted from the dates.
     */
    @Test
    void theDatesMentionedAreCountedByStepOverRangesThatCutThroughSteps() {
        List<TimelineEntry> all = value().timeline().entries();
        List<String> dates = all.stream().map(TimelineEntry::date).distinct().sorted().toList();
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 60; round++) {
            String a = variant(dates.get(random.nextInt(dates.size())), random);
            String b = variant(dates.get(random.nextInt(dates.size())), random);
            String from = a.compareTo(b) <= 0 ? a : b;
            String to = (a.compareTo(b) <= 0 ? b : a) + (random.nextBoolean() ? "\uffff" : "");
            for (int keyLength : new int[] {4, 7}) {
                java.util.Map<String, List<TimelineEntry>> byKey = new java.util.TreeMap<>();
                for (TimelineEntry e : all) {
                    if (e.date().compareTo(from) < 0 || e.date().compareTo(to) > 0) continue;
                    byKey.computeIfAbsent(e.date().substring(0, Math.min(keyLength, e.date().length())), k -> new java.util.ArrayList<>()).add(e);
                }
                List<org.fonds.deliberation.tables.MentionCount> expected = byKey.entrySet().stream()
                        .map(en -> new org.fonds.deliberation.tables.MentionCount(en.getKey(), en.getValue().size(),
                                (int) en.getValue().stream().map(TimelineEntry::documentId).distinct().count()))
                        .toList();
                assertThat(tables.timelineCounts(from, to, keyLength)).as(keyLength + " " + from + ".." + to).isEqualTo(expected);
            }
        }
    }

    /** A date as an axis may begin or end at it: itself, its month, its year, or a day next to it. */
    private static String variant(String date, java.util.Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> date.substring(0, Math.min(4, date.length()));
            case 1 -> date.substring(0, Math.min(7, date.length()));
            case 2 -> date.length() == 10 ? date.substring(0, 8) + String.format("%02d", 1 + random.nextInt(28)) : date;
            default -> date;
        };
    }

    @Test
    void theDatesMentionedBeforeAndAfterEveryDateAndItsNeighboursAreCounted() {
        List<TimelineEntry> all = value().timeline().entries();
        java.util.Set<String> days = new java.util.TreeSet<>();
        for (TimelineEntry e : all) {
            String d = e.date();
            days.add(d);
            days.add(d + "\uffff");
            days.add(d.substring(0, Math.min(7, d.length())));
            days.add(d.substring(0, Math.min(7, d.length())) + "\uffff");
            if (d.length() == 10) days.add(d.substring(0, 8) + "15");
        }
        for (String day : days) {
            assertThat(tables.timelineBefore(day)).as(day).isEqualTo((int) all.stream().filter(e -> e.date().compareTo(day) < 0).count());
            assertThat(tables.timelineAfter(day)).as(day).isEqualTo((int) all.stream().filter(e -> e.date().compareTo(day) > 0).count());
        }
    }

    @Test
    void theDatesMentionedBeforeAndAfterADayAreCounted() {
        List<TimelineEntry> all = value().timeline().entries();
        for (String day : List.of("", "1956", "1956-11", "1956-11-04", all.get(all.size() / 2).date(), "\uffff")) {
            assertThat(tables.timelineBefore(day)).as(day).isEqualTo((int) all.stream().filter(e -> e.date().compareTo(day) < 0).count());
            assertThat(tables.timelineAfter(day)).as(day).isEqualTo((int) all.stream().filter(e -> e.date().compareTo(day) > 0).count());
        }
    }

    @Test
    void theArchivalFilesCitedAreTheValuesGroupsPageByPage() {
        List<ReferenceGroup> groups = value().references().groups();
        assertThat(groups).hasSizeGreaterThan(10);
        assertThat(tables.referenceCount()).isEqualTo(groups.size());
        List<ReferenceGroup> paged = new ArrayList<>();
        for (int offset = 0; offset < groups.size() + 5; offset += 5) paged.addAll(tables.references(offset, 5));
        assertThat(paged).isEqualTo(groups);
    }

    @Test
    void everyTableIsWrittenAsTheValueWritesItByteForByte() throws Exception {
        assertThat(Tables.NAMES).containsExactlyElementsOf(value().tablesByName().keySet());
        for (String name : Tables.NAMES) {
            Table t = value().tablesByName().get(name);
            java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
            assertThat(TableFiles.csv(tables, name, csv)).as(name).isEqualTo(t.rows().size());
            assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).as(name).isEqualTo(t.csv());
            java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
            TableFiles.json(tables, name, json);
            assertThat(json.toString(java.nio.charset.StandardCharsets.UTF_8)).as(name).isEqualTo(t.json());
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        TableFiles.all(tables, all);
        assertThat(all.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(value().json());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tables.csv("people", new java.io.StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no table 'people'");
    }
}
