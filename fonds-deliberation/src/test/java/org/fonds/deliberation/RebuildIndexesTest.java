package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Authority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole build drops the per-document tables' indexes while its rows go in and makes them again
 * after: the file must end with every index a new file has, and a rebuild over a file that already
 * holds tables must too (twice, so the second starts from indexes the first made).
 */
class RebuildIndexesTest {
    @Test
    void a_rebuild_leaves_every_index_a_new_file_has(@TempDir Path dir) throws SQLException {
        Path fresh = dir.resolve("fresh.db"), built = dir.resolve("built.db");
        try (TablesDb db = TablesDb.open(fresh)) {
            // the schema alone
        }
        List<String> expected = indexes(fresh);
        assertThat(expected).as("indexes of a new file").hasSizeGreaterThan(15);
        DeliberationsBuilder builder = Deliberations.builder(Authority.empty());
        Corpus.generated(0, 60).forEach(builder::add);
        for (int round = 1; round <= 2; round++) {
            try (TablesDb db = TablesDb.open(built)) {
                db.rebuild(builder);
            }
            assertThat(indexes(built)).as("round " + round).isEqualTo(expected);
        }
    }

    /** Each index of the file as name and definition, in name order. */
    private static List<String> indexes(Path file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")) {
            while (rs.next()) out.add(rs.getString(1) + ": " + rs.getString(2));
        }
        return out;
    }
}
