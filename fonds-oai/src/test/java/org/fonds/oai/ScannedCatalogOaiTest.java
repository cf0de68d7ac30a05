package org.fonds.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.oai.OaiFixture.texts;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.fonds.record.ArchiveRecord;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.junit.jupiter.api.Test;

/** The protocol over the catalog built by scanning the store (a home without the catalog table). */
class ScannedCatalogOaiTest extends OaiProviderContract {
    @Override
    OaiProvider provider(OcflStore store, ArchiveHome home, OaiConfig config) {
        return new OaiProvider(store, config);
    }

    @Test
    void aHomeWithoutTheTableIsScanned() {
        assertThat(new OaiProvider(store, OaiFixture.config(PAGE), tmp.resolve("no-such.db")).catalog())
                .isInstanceOf(ScannedCatalog.class);
    }

    @Test
    void aDocumentStoredLaterIsListedOnceTheCatalogIsRefreshed() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp.resolve("growing"));
        try (OcflStore growing = OcflStore.open(home)) {
            Map<String, ArchiveRecord> before = OaiFixture.putSynthetic(growing, 0, 3);
            OaiProvider p = provider(growing, home, OaiFixture.config(PAGE));
            Instant now = Instant.now();
            assertThat(texts(OaiFixture.ask(p, "verb=ListIdentifiers&metadataPrefix=oai_dc", now), "identifier")).hasSize(before.size());
            Map<String, ArchiveRecord> after = OaiFixture.putSynthetic(growing, 3, 5);
            assertThat(texts(OaiFixture.ask(p, "verb=ListIdentifiers&metadataPrefix=oai_dc", now.plusSeconds(30)), "identifier"))
                    .as("within a minute the catalog is not rebuilt").hasSize(before.size());
            // the request that finds the catalog old is answered from it at once; the rebuild runs behind it
            assertThat(texts(OaiFixture.ask(p, "verb=ListIdentifiers&metadataPrefix=oai_dc", now.plusSeconds(61)), "identifier"))
                    .hasSize(before.size());
            awaitRebuilt(p);
            assertThat(texts(OaiFixture.ask(p, "verb=ListIdentifiers&metadataPrefix=oai_dc", now.plusSeconds(62)), "identifier"))
                    .hasSize(before.size() + after.size());
            assertThat(texts(OaiFixture.ask(p, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:fonds:"
                    + after.keySet().iterator().next(), now), "title")).hasSize(1);
        }
    }

}
