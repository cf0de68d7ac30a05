package org.fonds.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.cli.CommandLineTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.store.OcflStore;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a damaged home and a mistyped one, as a user runs them (issue 15). */
class FaultTest {
    @TempDir
    Path tmp;

    @Test
    void read_only_commands_refuse_a_home_that_is_not_there_and_make_none() {
        Path missing = tmp.resolve("no-such-home");
        for (List<String> args : List.of(List.of("verify"), List.of("show", "x"), List.of("search", "council"),
                List.of("problems"))) {
            String[] a = Stream.concat(args.stream(), Stream.of("--home", missing.toString())).toArray(String[]::new);
            CommandLineTest.Run r = run(a);
            assertThat(r.status()).as(args + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains(missing.toString()).contains("no archive home");
        }
        assertThat(missing).doesNotExist();
    }

    /**
     * The review's poisoned file: a sentence of 700 "Cde. Name" items made the decision reader
     * overflow the stack, so ingest ended in a stack trace and reindex failed every time (issue 15).
     */
    @Test
    void a_record_naming_seven_hundred_comrades_in_one_sentence_is_ingested_and_reindexed() throws IOException {
        Path in = tmp.resolve("in");
        new Generator(15).writeCorpus(in, 3);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 700; i++) names.append(i == 0 ? "" : ", ").append("Cde. Name").append((char) ('a' + i % 26))
                .append((char) ('a' + i / 26 % 26));
        // after a sentence of a turn, as the review's file had it
        String sentence = "The declaration should be short and clear.";
        Path poisoned;
        try (Stream<Path> files = Files.list(in)) {
            poisoned = files.sorted().filter(f -> read(f).contains(sentence)).findFirst().orElseThrow();
        }
        Files.writeString(poisoned, read(poisoned).replaceFirst(java.util.regex.Pattern.quote(sentence), sentence + " " + names + " met."));
        Path home = tmp.resolve("home");
        CommandLineTest.Run ingest = run("ingest", "--home", home.toString(), in.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(ingest.out().strip()).isEqualTo("added 3, updated 0, unchanged 0, refused 0");
        assertThat(ingest.err()).doesNotContain("StackOverflowError").doesNotContain("leave out");
        CommandLineTest.Run reindex = run("reindex", "--home", home.toString());
        assertThat(reindex.status()).as(reindex.err()).isZero();
        assertThat(reindex.out().strip()).isEqualTo("reindexed 3 documents");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** verify once opened the index for writing, so it failed while an ingest held it (issue 15). */
    @Test
    void verify_reads_only_and_runs_while_a_writer_holds_the_index() throws IOException {
        Path in = tmp.resolve("in");
        new Generator(15).writeCorpus(in, 4);
        Path home = tmp.resolve("home");
        assertThat(run("ingest", "--home", home.toString(), in.toString()).status()).isZero();
        try (var writer = org.fonds.search.lucene.LuceneIndex.open(home.resolve("index"))) {
            CommandLineTest.Run verify = run("verify", "--home", home.toString());
            assertThat(verify.status()).as(verify.err()).isZero();
            assertThat(verify.out()).isEmpty();
        }
    }

    @Test
    void reindex_of_a_home_with_a_damaged_record_rebuilds_the_rest_names_it_and_exits_1() throws IOException {
        Path in = tmp.resolve("in");
        new Generator(15).writeCorpus(in, 8);
        Path home = tmp.resolve("home");
        assertThat(run("ingest", "--home", home.toString(), in.toString()).status()).isZero();
        String id;
        try (Stream<Path> walk = Files.walk(home.resolve("ocfl"))) {
            Path record = walk.filter(p -> p.getFileName().toString().equals(OcflStore.RECORD))
                    .min(Comparator.comparing(Path::toString)).orElseThrow();
            id = record.getParent().getParent().getParent().getFileName().toString();
            Files.delete(record);
        }
        CommandLineTest.Run r = run("reindex", "--home", home.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.out().strip()).isEqualTo("reindexed 7 documents");
        assertThat(r.err()).contains(id).contains("not indexed again").contains("derived tables leave out");
        // search still finds all eight: the damaged one at what the index had of it
        // every generated title is a session's working notes (a CREST record has no summary to say "synthetic")
        CommandLineTest.Run search = run("search", "--home", home.toString(), "--json", "--limit", "100", "working");
        assertThat(search.out()).contains("\"total\":8");
        CommandLineTest.Run verify = run("verify", "--home", home.toString());
        assertThat(verify.status()).isEqualTo(1);
        assertThat(verify.out()).contains(id);
    }
}
