package org.fonds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fonds.parse.Seeds;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user drives them: arguments in, text and an exit status out. */
class CommandLineTest {

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        // as Main builds it: only the command named, where one is
        CommandLine cl = Main.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Seeds.corpus("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void aCommandNamedIsBuiltAloneUnderItsNameAndTheUsageStillListsEveryCommand() {
        for (String name : FondsCommand.COMMANDS.keySet()) {
            assertThat(Main.commandLine(name, "--help").getSubcommands().keySet()).as(name).containsExactly(name);
        }
        assertThat(Main.commandLine("--version").getSubcommands().keySet())
                .containsExactlyElementsOf(FondsCommand.COMMANDS.keySet());
        Run usage = run("--help");
        for (String name : FondsCommand.COMMANDS.keySet()) assertThat(usage.out()).contains("  " + name + " ");
        Run misspelt = run("serv");
        assertThat(misspelt.status()).isEqualTo(2);
        assertThat(misspelt.err()).contains("serve");
    }

    @Test
    void parsePrintsOneJsonRecordPerLineForSeveralFiles() throws IOException {
        List<Path> seeds = seeds();
        Run r = run(Stream.concat(Stream.of("parse"), seeds.stream().map(Path::toString)).toArray(String[]::new));
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(seeds.size());
        for (String line : r.lines()) {
            JsonNode json = RecordJson.mapper().readTree(line);
            assertThat(json.get("title").asText()).startsWith("Working Notes");
            assertThat(json.get("notes").size()).isPositive();
        }
    }

    @Test
    void parseRefusesAnEmptyFileWithExit65AndNamesIt() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Run r = run("parse", empty.toString());
        assertThat(r.status()).isEqualTo(65);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(empty.toString()).contains("empty");
    }

    @Test
    void parseOfAMissingFileIsWrongUsage() {
        Run r = run("parse", tmp.resolve("nope.txt").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nope.txt");
    }

    @Test
    void lintReportsEachFileAndACountAndExits65WhenAnyIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("exports"));
        Files.copy(seeds().get(0), dir.resolve("a.txt"));
        Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0});
        Files.writeString(dir.resolve("c.txt"), "12 34 -- 56\n", StandardCharsets.UTF_8); // no letters: not a text
        Files.writeString(dir.resolve(".hidden.txt"), "ignored", StandardCharsets.UTF_8);
        Run r = run("lint", dir.toString());
        assertThat(r.status()).isEqualTo(65);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0)).matches("(ok|warn \\S+) .*a\\.txt");
        assertThat(r.lines().get(1)).startsWith("refused binary ").contains("b.txt");
        assertThat(r.lines().get(2)).startsWith("refused no-text ").contains("c.txt");
        assertThat(r.lines().get(3)).isEqualTo("3 files: " + (r.lines().get(0).startsWith("ok") ? "1 ok, 0 warn" : "0 ok, 1 warn")
                + ", 2 refused");
    }

    @Test
    void lintOfGoodFilesExitsZero() throws IOException {
        Run r = run("lint", Seeds.corpus("seeds").toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines().get(r.lines().size() - 1)).endsWith("0 refused");
    }

    @Test
    void generateIsDeterministicForASeedAndEveryFileLints() throws IOException {
        Run a = run("generate", "--out", tmp.resolve("a").toString(), "--count", "25", "--seed", "11");
        Run b = run("generate", "--out", tmp.resolve("b").toString(), "--count", "25", "--seed", "11");
        assertThat(a.status()).isZero();
        assertThat(a.out()).startsWith("25 files written");
        try (Stream<Path> files = Files.list(tmp.resolve("a"))) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f.getFileName()))).isEqualTo(Files.readAllBytes(f));
            }
        }
        assertThat(b.status()).isZero();
        assertThat(run("lint", tmp.resolve("a").toString()).status()).isZero();
    }

    @Test
    void aMissingRequiredOptionIsWrongUsage() {
        assertThat(run("generate", "--count", "3").status()).isEqualTo(2);
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void demoWritesAChecksAndShowsASampleCollection() {
        Run r = run("demo", "--out", tmp.toString(), "--count", "40", "--no-serve");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("added 40, updated 0, unchanged 0, refused 0").contains("\"turns\"");
        assertThat(tmp.resolve("collection")).isDirectory();
    }

    @Test
    void ingestShowVerifyAndProblemsWorkOnOneArchiveHome() throws IOException {
        Path home = tmp.resolve("home");
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Path seed : seeds()) Files.copy(seed, in.resolve(seed.getFileName()));
        Files.writeString(in.resolve("note-to-self.txt"), "1956 -- 12 -- 31\n"); // no letters: refused, kept in problems

        Run first = run("ingest", "--home", home.toString(), in.toString());
        assertThat(first.status()).as(first.err()).isEqualTo(1);
        assertThat(first.out().strip()).isEqualTo("added 5, updated 0, unchanged 0, refused 1");
        assertThat(first.err()).contains("note-to-self.txt").contains("no-text");

        Run again = run("ingest", "--home", home.toString(), in.toString());
        assertThat(again.out().strip()).isEqualTo("added 0, updated 0, unchanged 5, refused 1");

        Run show = run("show", "--home", home.toString(), "wcda-111883");
        assertThat(show.status()).isZero();
        assertThat(RecordJson.read(show.out()).participants()).contains("Voroshilov", "Serov");

        Run history = run("show", "--home", home.toString(), "wcda-111883", "--versions");
        assertThat(history.lines()).singleElement().asString().startsWith("v1\t").contains("001_");

        assertThat(run("show", "--home", home.toString(), "wcda-999").status()).isEqualTo(1);
        Run tei = run("show", "--home", home.toString(), "wcda-111883", "--format", "tei");
        assertThat(tei.status()).as(tei.err()).isZero();
        assertThat(tei.out()).startsWith("<?xml").contains("<sp who=\"#person-Suslov\">", "<idno type=\"version\">1</idno>");
        Run ris = run("show", "--home", home.toString(), "wcda-111883", "--format", "ris", "--public-url", "https://fonds.example");
        assertThat(ris.out()).startsWith("TY  - MANSCPT\r\n").contains("UR  - https://wilson-center-digital-archive.dvincitest.com/document/111883\r\n")
                .contains("N1  - Accessed through https://fonds.example/documents/wcda-111883 on ");
        assertThat(run("show", "--home", home.toString(), "wcda-111883", "--format", "bibtex").out()).startsWith("@misc{wcda-111883,");
        assertThat(run("show", "--home", home.toString(), "wcda-111883", "--format", "csl-json").out()).contains("\"type\" : \"manuscript\"");
        // Without --public-url the citation names the archive's page only, never an address where nothing runs.
        assertThat(run("show", "--home", home.toString(), "wcda-111883", "--format", "chicago").out())
                .contains("Ll. 19\u201322", "https://wilson-center-digital-archive.dvincitest.com/document/111883.").doesNotContain("8080", "127.0.0.1", "accessed through");
        Run badFormat = run("show", "--home", home.toString(), "wcda-111883", "--format", "pdf");
        assertThat(badFormat.status()).isEqualTo(2);
        assertThat(badFormat.err()).contains("no format 'pdf'", "tei", "chicago");
        assertThat(run("show", "--home", home.toString(), "wcda-999", "--format", "ris").status()).isEqualTo(1);

        Run verify = run("verify", "--home", home.toString());
        assertThat(verify.status()).isZero();
        assertThat(verify.out()).isEmpty();

        Run problems = run("problems", "--home", home.toString());
        assertThat(problems.lines()).singleElement().asString().contains("no-text").contains("note-to-self.txt");
    }

    @Test
    void searchPrintsHitsWithSnippetsAndFacetsOrTheJsonOfTheApi() throws Exception {
        String home = tmp.resolve("home").toString();
        assertThat(run("ingest", "--home", home, Seeds.corpus("seeds").toString()).status()).isZero();

        Run people = run("search", "--home", home, "Pancha", "Shila");
        assertThat(people.status()).isZero();
        assertThat(people.out()).contains("1 document matches.", "wcda-113647", "«Pancha» «Shila»", "note 8:", "year: 1956 (1)");

        Run json = run("search", "--home", home, "--json", "--facet", "month=1956-11", "--sort", "date", "person:Kádár");
        assertThat(json.status()).isZero();
        JsonNode result = RecordJson.mapper().readTree(json.out());
        // person: also finds the records whose text names him (issue 12), not only the one he took part in
        assertThat(result.get("total").asInt()).isEqualTo(3);
        List<String> ids = new java.util.ArrayList<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertThat(ids).contains("wcda-111884").doesNotContain("wcda-113647");
        List<String> months = new java.util.ArrayList<>();
        result.get("facets").get("month").forEach(m -> months.add(m.get("value").asText()));
        assertThat(months).as("the selected month keeps its sideways count").contains("1956-11");

        Run none = run("search", "--home", home, "Zzyzx");
        assertThat(none.status()).isZero();
        assertThat(none.out()).contains("No documents match");
    }

    @Test
    void searchFormatWritesTheBibliographyOfEveryHit() throws Exception {
        String home = tmp.resolve("home").toString();
        assertThat(run("ingest", "--home", home, Seeds.corpus("seeds").toString()).status()).isZero();
        Run ris = run("search", "--home", home, "--format", "ris", "--sort", "date", "year:1956");
        assertThat(ris.status()).as(ris.err()).isZero();
        assertThat(ris.out().split("ER  - \r\n")).hasSize(5);
        assertThat(ris.out()).startsWith("TY  - MANSCPT\r\nID  - wcda-113647\r\n").doesNotContain("127.0.0.1");
        assertThat(ris.err()).contains("5 documents");

        Run csv = run("search", "--home", home, "--format", "csv", "--public-url", "https://fonds.example", "Kadar");
        assertThat(csv.status()).isZero();
        List<String> rows = csv.lines();
        assertThat(rows.getFirst()).startsWith("id,title,date,kind,");
        assertThat(rows).hasSize(1 + RecordJson.mapper().readTree(run("search", "--home", home, "--json", "Kadar").out())
                .get("total").asInt());
        assertThat(rows.get(1)).endsWith(",https://fonds.example/documents/" + rows.get(1).substring(0, rows.get(1).indexOf(',')));

        Run bad = run("search", "--home", home, "--format", "pdf", "Kadar");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("no format 'pdf'");
    }

    /** An index an older Fonds wrote (format 1) is refused by search and ingest, with what to do; reindex mends it. */
    @Test
    void anOlderIndexAsksForAReindexAndReindexMendsIt() throws Exception {
        Path home = tmp.resolve("home");
        assertThat(run("ingest", "--home", home.toString(), Seeds.corpus("seeds").toString()).status()).isZero();
        try (FSDirectory dir = FSDirectory.open(home.resolve("index"));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of("fonds.index.format", "1").entrySet());
            w.commit();
        }
        Run search = run("search", "--home", home.toString(), "Kadar");
        assertThat(search.status()).isNotZero();
        assertThat(search.err()).contains("fonds reindex");
        Path more = Files.createDirectories(tmp.resolve("more"));
        // a changed export of a stored document: its new version would go into the older index
        Files.writeString(more.resolve("changed.txt"), Files.readString(seeds().getFirst()) + "\nA line added later.\n");
        Run ingest = run("ingest", "--home", home.toString(), more.toString());
        assertThat(ingest.status()).isNotZero();
        assertThat(ingest.err()).contains("fonds reindex");
        assertThat(run("reindex", "--home", home.toString()).status()).isZero();
        assertThat(run("search", "--home", home.toString(), "--json", "Kadar").status()).isZero();
    }

    @Test
    void aMalformedQueryIsWrongUsageAndShowsWhere() throws IOException {
        String home = tmp.resolve("home").toString();
        Run r = run("search", "--home", home, "(Kadar", "OR", "Nagy");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("fonds search:", "(Kadar OR Nagy", "^");
        Run badFacet = run("search", "--home", home, "--facet", "colour=red", "Kadar");
        assertThat(badFacet.status()).isEqualTo(2);
        assertThat(badFacet.err()).contains("no facet 'colour'");
    }

    @Test
    void whatCannotBeReadInAFolderIsReportedAndKeptWhileTheRestGoesIn() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("exports"));
        new org.fonds.synth.Generator(3).writeCorpus(folder, 2);
        Files.createSymbolicLink(folder.resolve("zz-on-a-disk-not-mounted.txt"), tmp.resolve("nowhere/export.txt"));
        String home = tmp.resolve("home").toString();
        Run ingest = run("ingest", "--home", home, folder.toString());
        assertThat(ingest.status()).as(ingest.err()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(ingest.out()).contains("added 2", "refused 1");
        assertThat(ingest.err()).contains("zz-on-a-disk-not-mounted.txt", "unreadable");
        Run problems = run("problems", "--home", home);
        assertThat(problems.out()).contains("\tunreadable\t", "zz-on-a-disk-not-mounted.txt");
    }

    @Test
    void theOaiTokenKeyIsKeptInTheHomeAndReusedByTheNextServer() throws IOException {
        org.fonds.store.ArchiveHome home = new org.fonds.store.ArchiveHome(tmp.resolve("home"));
        byte[] first;
        try (org.fonds.archive.Archive archive = org.fonds.archive.Archive.open(home.root(), null, "test")) {
            first = archive.tokenKey();
            assertThat(first).hasSize(32);
            assertThat(archive.tokenKey()).isEqualTo(first);
            assertThat(Files.getPosixFilePermissions(home.oaiTokenKey()))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            Publication p = new Publication();
            p.adminEmail = "archivist@example.org";
            assertThat(p.oai(archive, 0)).isNull();
            assertThat(p.oai(archive, 8080).baseUrl()).isEqualTo("http://127.0.0.1:8080/oai");
            p.publicUrl = "https://archive.example.org/";
            assertThat(p.oai(archive, 8080).baseUrl()).isEqualTo("https://archive.example.org/oai");
            assertThat(p.oai(archive, 8080).tokenKey()).isEqualTo(first);
        }
        try (org.fonds.archive.Archive again = org.fonds.archive.Archive.open(home.root(), null, "test")) {
            assertThat(again.tokenKey()).as("the next server's key").isEqualTo(first);
        }
    }

    @Test
    void tablesAcrossDocumentsAreDerivedFromTheStore() throws IOException {
        String home = tmp.resolve("home").toString();
        assertThat(run("ingest", "--home", home, Seeds.corpus("seeds").toString()).status()).isZero();
        Run r = run("tables", "--home", home, "--out", tmp.resolve("tables").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 sessions");
        assertThat(Files.readString(tmp.resolve("tables/attendance.csv"))).contains("kadar-janos,wcda-111884,1");
        assertThat(Files.readString(tmp.resolve("tables/decisions-and-tasks.csv"))).contains("Furtseva", "Elyutin");
        assertThat(Files.readString(tmp.resolve("tables/references.csv"))).contains("APRF");
        JsonNode json = RecordJson.mapper().readTree(tmp.resolve("tables/deliberations.json").toFile());
        assertThat(json.get("sessions").size()).isEqualTo(5);
        // derived data: the same store gives the same tables
        assertThat(run("tables", "--home", home, "--out", tmp.resolve("again").toString()).status()).isZero();
        assertThat(Files.readString(tmp.resolve("again/deliberations.json")))
                .isEqualTo(Files.readString(tmp.resolve("tables/deliberations.json")));
    }
}
