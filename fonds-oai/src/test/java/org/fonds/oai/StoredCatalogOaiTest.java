package org.fonds.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.oai.OaiFixture.texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fonds.record.ArchiveRecord;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.junit.jupiter.api.Test;

/**
 * The protocol over the catalog the ingest keeps in the home ({@link CatalogTable}), read by query:
 * the same answers as the scanning catalog, and what only a kept table does (updated by the
 * writer, seen at once, never a scan).
 */
class StoredCatalogOaiTest extends OaiProviderContract {
    @Override
    OaiProvider provider(OcflStore store, ArchiveHome home, OaiConfig config) throws IOException {
        Path file = catalogFile(home);
        CatalogTable.rebuild(store, file);
        OaiProvider p = new OaiProvider(store, config, file);
        assertThat(p.catalog()).isInstanceOf(StoredCatalog.class);
        return p;
    }

    static Path catalogFile(ArchiveHome home) {
        return home.derived().resolve("oai.db");
    }

    @Test
    void aDocumentStoredLaterIsListedAsSoonAsTheWriterUpdatesTheTable() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp.resolve("growing"));
        try (OcflStore growing = OcflStore.open(home)) {
            Map<String, ArchiveRecord> before = OaiFixture.putSynthetic(growing, 0, 3);
            OaiProvider p = provider(growing, home, OaiFixture.config(PAGE));
            Instant now = Instant.now();
            assertThat(texts(OaiFixture.ask(p, "verb=ListIdentifiers&metadataPrefix=oai_dc", now), "identifier")).hasSize(before.size());
            Map<String, ArchiveRecord> after = OaiFixture.putSynthetic(growing, 3, 5);
            assertThat(texts(OaiFixture.ask(p, "verb=ListIdentifiers&metadataPrefix=oai_dc", now), "identifier"))
                    .as("the server does not scan the store").hasSize(before.size());
            CatalogTable.Result r = CatalogTable.update(growing, catalogFile(home), after.keySet());
            assertThat(r.written()).isEqualTo(after.size());
            assertThat(texts(OaiFixture.ask(p, "verb=ListIdentifiers&metadataPrefix=oai_dc", now), "identifier"))
                    .hasSize(before.size() + after.size());
        }
    }

    @Test
    void anUpdateRewritesOnlyTheRowsOfTheDocumentsItNames() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("partial"));
        try (OcflStore partial = OcflStore.open(home)) {
            Map<String, ArchiveRecord> stored = OaiFixture.putSynthetic(partial, 0, 4);
            Path file = catalogFile(home);
            CatalogTable.rebuild(partial, file);
            String kept = stored.keySet().stream().sorted().toList().get(0);
            String changed = stored.keySet().stream().sorted().toList().get(1);
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                // a mark the update must leave on a row it was not asked about, and take off the one it was
                s.execute("UPDATE items SET version = 99 WHERE id IN ('" + kept + "', '" + changed + "')");
            }
            CatalogTable.update(partial, file, List.of(changed));
            try (Connection c = StoredCatalog.openReadOnly(file); Statement s = c.createStatement();
                    var r = s.executeQuery("SELECT id FROM items WHERE version = 99")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo(kept);
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void aFileOfAnotherKindIsWrittenAnewAndUntilThenTheStoreIsScanned() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp.resolve("other"));
        try (OcflStore other = OcflStore.open(home)) {
            Map<String, ArchiveRecord> stored = OaiFixture.putSynthetic(other, 0, 3);
            Path file = catalogFile(home);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "not a database");
            assertThat(CatalogTable.current(file)).isFalse();
            assertThat(new OaiProvider(other, OaiFixture.config(PAGE), file).catalog()).isInstanceOf(ScannedCatalog.class);
            assertThat(CatalogTable.update(other, file, List.of()).written()).as("rebuilt whole").isEqualTo(stored.size());
            assertThat(CatalogTable.current(file)).isTrue();
        }
    }

    /** A query with LIKE would take '_' for any character: "archive_tskhsd" would find "archive:tskhsd". */
    @Test
    void aSetInTheRequestIsOnlyCharactersNotAPattern() {
        String spec = texts(ask("verb=ListSets"), "setSpec").stream().filter(s -> s.startsWith("archive:")).findFirst().orElseThrow();
        assertThat(OaiFixture.errorCodes(ask("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + spec))).isEmpty();
        assertThat(OaiFixture.errorCodes(ask("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + spec.replace(':', '_'))))
                .containsExactly("noRecordsMatch");
    }
}
