package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.fonds.archive.Archive;
import org.fonds.deliberation.db.DbTables;
import org.fonds.ingest.DerivedTables;
import org.fonds.store.ArchiveHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who sat together's page is kept as bytes while the tables are unchanged: asked again, the very
 * bytes kept, equal to the page drawn by a reader that keeps nothing; after another connection
 * commits (an ingest beside the server), drawn again from what is there now. On a real home (OCFL
 * store, Lucene index, the tables' SQLite file) of generated records.
 */
class KeptNetworkPageTest {
    @TempDir
    Path tmp;

    @Test
    void thePageIsKeptUntilTheTablesChangeAndIsThePageMadeAfresh() throws Exception {
        Path home = tmp.resolve("home");
        try (Archive archive = Archive.open(home, null, "test")) {
            org.fonds.web.TestArchive.ingestGenerated(archive, tmp, 150);
        }
        Path file = new DerivedTables(new ArchiveHome(home)).database();
        try (DbTables server = DbTables.openReadOnly(file)) {
            PicturePages.Drawn first = kept(server, "", "");
            assertThat(html(first)).contains("<svg class=\"network together\"").contains("class=\"share s");
            assertThat(kept(server, "", "")).as("nothing written: the bytes kept").isSameAs(first);
            assertThat(first.html()).as("what a reader that keeps nothing draws").isEqualTo(afresh(file, "", ""));
            PicturePages.Drawn bad = kept(server, "November 1956", "");
            assertThat(bad.status()).as("a date that does not read").isEqualTo(400);
            assertThat(kept(server, "November 1956", "").status()).isEqualTo(400);
            assertThat(kept(server, "November 1956", "").html()).isNotEqualTo(first.html());

            try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = writer.createStatement()) {
                // the pairs of the one who took part most often: their row of the matrix empties
                assertThat(s.executeUpdate("DELETE FROM pair_months WHERE a = (SELECT person_id FROM person_months"
                        + " GROUP BY person_id ORDER BY SUM(sessions) DESC, person_id LIMIT 1)")).isPositive();
            }
            PicturePages.Drawn after = kept(server, "", "");
            assertThat(after.html()).as("drawn again after the commit").isNotEqualTo(first.html())
                    .isEqualTo(afresh(file, "", ""));
            assertThat(kept(server, "", "")).isSameAs(after);
        }
    }

    private static PicturePages.Drawn kept(DbTables tables, String from, String to) {
        return tables.keptWhileUnchanged("network|" + from + "|" + to, () -> PicturePages.page(tables, "network", from, to, 0, 1));
    }

    /** The page drawn by a reader of its own, whose first answer cannot be a kept one. */
    private static byte[] afresh(Path file, String from, String to) throws Exception {
        try (DbTables fresh = DbTables.openReadOnly(file)) {
            return PicturePages.page(fresh, "network", from, to, 0, 1).html();
        }
    }

    private static String html(PicturePages.Drawn d) {
        return new String(d.html(), StandardCharsets.UTF_8);
    }
}
