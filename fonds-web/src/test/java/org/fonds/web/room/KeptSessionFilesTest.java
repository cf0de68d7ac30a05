package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fonds.archive.Archive;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.sessions.Session;
import org.fonds.ingest.DerivedTables;
import org.fonds.store.ArchiveHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archival files that tell sessions of one day and title apart are read from the stored records
 * once while a server's tables are unchanged, and read again after anything commits to them. On a
 * real home (OCFL store, Lucene index, the tables' SQLite file) of generated records, which hold many
 * sessions of one day under one title; the store's reads are counted by a wrapper around it.
 */
class KeptSessionFilesTest {
    @TempDir
    Path tmp;

    @Test
    void filesAreReadOnceWhileTheTablesAreUnchangedAndAgainAfterACommit() throws Exception {
        Path home = tmp.resolve("home");
        try (Archive archive = Archive.open(home, null, "test")) {
            org.fonds.web.TestArchive.ingestGenerated(archive, tmp, 150);
        }
        Path file = new DerivedTables(new ArchiveHome(home)).database();
        try (Archive archive = Archive.openForReading(home, null); DbTables server = DbTables.openReadOnly(file)) {
            CountedDocuments store = new CountedDocuments(archive.documents());
            SessionFiles files = new SessionFiles(store);
            List<String> alike = sameDayAndTitle(server.sessions(0, server.sessionCount()));
            assertThat(alike).as("generated sessions of one day under one title").hasSizeGreaterThan(1);

            List<String> first = read(files.of(server), alike);
            assertThat(store.reads.get()).isEqualTo(alike.size());
            assertThat(first).as("the files the records cite").anyMatch(f -> f != null && !f.isBlank());
            for (int i = 0; i < alike.size(); i++) assertThat(first.get(i)).isEqualTo(files.read(alike.get(i)));
            int afterFirst = store.reads.get();

            assertThat(read(files.of(server), alike)).as("asked again: the same, none read").isEqualTo(first);
            assertThat(store.reads.get()).isEqualTo(afterFirst);

            try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = writer.createStatement()) {
                assertThat(s.executeUpdate("DELETE FROM pair_months WHERE a = (SELECT MIN(a) FROM pair_months)")).isPositive();
            }
            assertThat(read(files.of(server), alike)).isEqualTo(first);
            assertThat(store.reads.get()).as("read again after the tables' commit").isEqualTo(afterFirst + alike.size());
        }
    }

    /** The document ids of the sessions that share their day and title with another. */
    private static List<String> sameDayAndTitle(List<Session> sessions) {
        Map<String, List<String>> byDay = new HashMap<>();
        for (Session s : sessions) byDay.computeIfAbsent(s.date() + "\n" + s.title(), k -> new ArrayList<>()).add(s.documentId());
        return byDay.values().stream().filter(ids -> ids.size() > 1).flatMap(List::stream).limit(40).toList();
    }

    private static List<String> read(Function<String, String> files, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) out.add(files.apply(id));
        return out;
    }
}
