package org.fonds.oai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema checker the provider tests lean on finds what the schema forbids. */
class OaiSchemaTest {
    private static final String HEAD = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2024-01-01T00:00:00Z</responseDate>";

    @Test
    void aConformingErrorResponsePasses() {
        assertThat(OaiSchema.problems(HEAD + "<request>http://x/oai</request><error code=\"badVerb\">no</error></OAI-PMH>")).isEmpty();
    }

    @Test
    void wrongOrderCodesPatternsAndDublinCoreElementsAreFound() {
        assertThat(OaiSchema.problems(HEAD + "<request>http://x</request><error code=\"oops\">no</error></OAI-PMH>"))
                .anyMatch(p -> p.contains("unknown error code"));
        assertThat(OaiSchema.problems(HEAD + "<request verb=\"ListSets\" colour=\"red\">http://x</request><ListSets><set>"
                + "<setSpec>a b</setSpec><setName>A</setName></set></ListSets></OAI-PMH>"))
                .anyMatch(p -> p.contains("colour")).anyMatch(p -> p.contains("setSpec 'a b'"));
        assertThat(OaiSchema.problems(HEAD + "<request verb=\"ListIdentifiers\">http://x</request><ListIdentifiers>"
                + "<resumptionToken cursor=\"0\">t</resumptionToken></ListIdentifiers></OAI-PMH>"))
                .anyMatch(p -> p.contains("holds no header"));
        assertThat(OaiSchema.problems(HEAD + "<request verb=\"GetRecord\">http://x</request><GetRecord><record><header>"
                + "<identifier>oai:a:b</identifier><datestamp>2024-01-01T00:00</datestamp></header><metadata>"
                + "<dc xmlns=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"><title xmlns=\"http://purl.org/dc/elements/1.1/\">t</title>"
                + "<colour xmlns=\"http://purl.org/dc/elements/1.1/\">red</colour></dc></metadata></record></GetRecord></OAI-PMH>"))
                .anyMatch(p -> p.contains("datestamp")).anyMatch(p -> p.contains("colour"));
        assertThat(OaiSchema.problems(HEAD + "<request verb=\"Identify\">http://x</request><Identify><repositoryName>F</repositoryName>"
                + "</Identify></OAI-PMH>")).anyMatch(p -> p.contains("Identify children"));
    }
}
