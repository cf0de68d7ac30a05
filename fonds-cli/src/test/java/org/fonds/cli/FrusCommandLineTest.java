package org.fonds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fonds.parse.Seeds;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a FRUS TEI volume (the excerpt in ../shared/corpus/frus), as a user runs them. */
class FrusCommandLineTest {
    @TempDir
    Path tmp;

    private static Path excerpt() {
        return Seeds.present("corpus/frus/frus1955-57v25-excerpt.xml");
    }

    @Test
    void parseOfAVolumePrintsOneRecordPerDocument() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("parse", excerpt().toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(17);
        JsonNode first = RecordJson.mapper().readTree(r.lines().getFirst());
        assertThat(first.get("id").asText()).isEqualTo("frus1955-57v25-d96");
        assertThat(first.get("layout").asText()).isEqualTo("frus-tei");
    }

    @Test
    void ingestTakesAVolumeOnceAndShowCitesItsDocumentInTheFrusForm() {
        String home = tmp.resolve("home").toString();
        CommandLineTest.Run first = CommandLineTest.run("ingest", "--home", home, excerpt().toString());
        assertThat(first.status()).isZero();
        assertThat(first.out()).contains("added 18, updated 0, unchanged 0, refused 0");
        CommandLineTest.Run again = CommandLineTest.run("ingest", "--home", home, excerpt().toString());
        assertThat(again.out()).contains("added 0, updated 0, unchanged 18, refused 0");
        CommandLineTest.Run show = CommandLineTest.run("show", "--home", home, "frus1955-57v25-d98", "--format", "chicago");
        assertThat(show.status()).isZero();
        assertThat(show.out()).contains("Foreign Relations of the United States, 1955–1957, vol. XXV, Eastern Europe, doc. 98")
                .contains("https://history.state.gov/historicaldocuments/frus1955-57v25/d98");
    }

    @Test
    void aMalformedVolumeIsRefusedWithLineAndColumnAndNothingIsStored() throws IOException {
        String text = Files.readString(excerpt(), StandardCharsets.UTF_8);
        Path broken = Files.writeString(tmp.resolve("broken.xml"), text.replaceFirst("</head>", ""));
        String home = tmp.resolve("home").toString();
        CommandLineTest.Run r = CommandLineTest.run("ingest", "--home", home, broken.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("added 0, updated 0, unchanged 0, refused 1");
        assertThat(r.err()).contains("broken.xml").containsPattern("line \\d+, column \\d+");
        CommandLineTest.Run parse = CommandLineTest.run("parse", broken.toString());
        assertThat(parse.status()).isEqualTo(65);
        assertThat(parse.out()).isEmpty();
    }
}
