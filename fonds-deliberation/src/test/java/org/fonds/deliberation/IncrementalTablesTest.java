package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.read.TableFiles;
import org.fonds.deliberation.people.Authority;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables a database reaches by updates equal those a rebuild from scratch writes: a random
 * sequence of ingests (new records), changes (a record replaced by another's content under its id)
 * and deletions, drawn from generated records, the real records and the seeds (where people share
 * surnames and a change moves a name from one person to another), compared by a dump of every
 * table after each step, and by what a reader of the updated file writes out against the value built
 * afresh. The seed is in the failure message.
 */
class IncrementalTablesTest {
    private static final int STEPS = 12;

    /**
     * Records of our own, each written to flip one reading that crosses documents (Gazetteer,
     * People): a lower-case use of a name word, dotted and undotted abbreviations, a given name used
     * alone, a list with one known person that makes its other items surnames, a double name, a
     * second individual with a surname already known. Each goes on a generated record's frame (a
     * session of the pool's bodies and dates) as its body and one turn; an update that redid only
     * the surnames the changed record names, or only its own rows, misses what these move elsewhere.
     */
    static final Map<String, String> FLIPS = flipTexts();

    private static Map<String, String> flipTexts() {
        Map<String, String> t = new TreeMap<>();
        // names the pool uses that the sample authority does not fix, so the corpus alone reads them
        // a word counts as ordinary when a record writes it both ways, so each is here capitalised too
        t.put("flip-lower", "Gero spoke of the gero line, Voroshilov of the voroshilov plan, Furtseva of furtseva notes, Saburov of saburov work.");
        t.put("flip-dotted", "Brezh. spoke first. Vorosh. agreed with Brezh. and Kagan. asked for the text. Pervukh. and Sab. were silent.");
        t.put("flip-short", "Gro Said the army must act. Sab Said it must wait. Kag Said nothing. Per Agreed.");
        t.put("flip-alone", "Erno spoke. Andras answered Erno. Kliment and Mikhail were not present; Fidel said Erno must go.");
        t.put("flip-list", "Mistakes of Gero, Farkas, Hegedus, Apro, Olt + others. Cdes. Rakosi, Szanto, Marosan are to prepare a text.");
        t.put("flip-double", "The Gero-Hegedus Report and the Rakosi-Farkas line were read; Saburov-Pervukhin said nothing.");
        t.put("flip-second", "Cde. Raul Castro and Cde. Vasily Kuznetsov and Cde. A. Gromyko spoke. Castro said they must go. Kuznetsov agreed.");
        t.put("flip-inverted", "Cde. Gero Erno and Cde. Hegedus Andras and Cde. Apro Antal spoke. Erno and Antal agreed.");
        return t;
    }

    /**
     * The flips that, over the whole pool, change who other records' names mean (seen: the
     * lower-case one rewrote 15 documents, the second individual 4); the others change only their
     * own record's reading here, and are kept for the random sequences and for a later narrower scope.
     */
    private static final Set<String> REACHING = Set.of("flip-lower", "flip-second");

    /** The flip records, each on the frame of a generated record of the pool's kind, numbered apart from it. */
    static List<ArchiveRecord> flips() {
        List<ArchiveRecord> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : FLIPS.entrySet()) {
            ArchiveRecord frame = Corpus.generated(410 + n++, 1).getFirst();
            com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) org.fonds.record.RecordJson
                    .mapper().valueToTree(frame);
            json.put("body", e.getValue());
            json.set("turns", org.fonds.record.RecordJson.mapper().valueToTree(
                    List.of(new org.fonds.record.Turn(List.of("Khrushchev"), e.getValue(), List.of()))));
            out.add(org.fonds.record.RecordJson.read(json.toString()).withId(e.getKey()));
        }
        return out;
    }

    /**
     * Each flip record added to the same corpus, then taken away, one update each way: the tables
     * must equal a rebuild after each. Deterministic, so every kind of flip is exercised on every run.
     */
    @Test
    void eachLexiconFlipIsCarriedByTheUpdateBothWays(@TempDir Path dir) throws Exception {
        // the whole pool, so that every name the flips use is read elsewhere too
        Map<String, ArchiveRecord> live = wholePool();
        DeliberationsBuilder builder = builderOf(live);
        try (TablesDb db = TablesDb.open(dir.resolve("flips.db")).narrowing(2)) {
            db.rebuild(builder);
            int step = 0;
            List<String> reached = new ArrayList<>();
            for (ArchiveRecord flip : flips()) {
                live.put(flip.id(), flip);
                builder.add(flip);
                TablesDb.Written w = db.update(builder, Set.of(flip.id()));
                if (REACHING.contains(flip.id())) reached.add(flip.id() + " " + w.documents());
                sameAsRebuilt(db, live, dir, 14, ++step, flip.id() + " added");
                live.remove(flip.id());
                builder.remove(flip.id());
                db.update(builder, Set.of(flip.id()));
                sameAsRebuilt(db, live, dir, 14, ++step, flip.id() + " removed");
            }
            // these flips must move rows of documents other than their own, or the test proves nothing of the scope
            assertThat(reached).allSatisfy(r -> assertThat(Integer.parseInt(r.substring(r.indexOf(' ') + 1))).as(r).isGreaterThan(1));
            assertThat(reached).hasSize(REACHING.size());
        }
    }

    /**
     * A telegram naming people few other records name: who is who is worked out again for a few
     * documents, not the pool (the default narrowing, not forced), and the
     * tables still equal a rebuild; then the telegram changed so that one of its names is read
     * another way (a lower-case use makes "Tildy" an ordinary word) and removed.
     */
    @Test
    void aChangeNamingOnlyItsOwnPeopleIsWorkedOutAlone(@TempDir Path dir) throws Exception {
        Map<String, ArchiveRecord> live = wholePool();
        DeliberationsBuilder builder = builderOf(live);
        List<ArchiveRecord> telegrams = List.of(
                telegram("narrow-1", "Cde. Zoltan Tildy and Cde. Bela Kovago met Cde. Anna Kethly. Tildy said Kovago must go."),
                telegram("narrow-1", "Cde. Zoltan Tildy met Cde. Anna Kethly; the tildy line was read. Kethly agreed."),
                telegram("narrow-2", "Cde. Istvan Bibo wrote to Kethly and to Cde. Z. Tildy."));
        try (TablesDb db = TablesDb.open(dir.resolve("narrow.db"))) {
            db.rebuild(builder);
            int step = 0;
            List<Integer> reached = new ArrayList<>();
            for (ArchiveRecord t : telegrams) {
                live.put(t.id(), t);
                builder.add(t);
                db.update(builder, Set.of(t.id()));
                reached.add(db.lastScopeDocuments());
                sameAsRebuilt(db, live, dir, 15, ++step, t.id() + " now " + step);
            }
            for (String id : List.of("narrow-1", "narrow-2")) {
                live.remove(id);
                builder.remove(id);
                db.update(builder, Set.of(id));
                reached.add(db.lastScopeDocuments());
                sameAsRebuilt(db, live, dir, 15, ++step, id + " removed");
            }
            // narrowed every time, to the telegrams and the few records of the pool that name these people (seen: 3 to 6 of over 400)
            assertThat(live).hasSizeGreaterThan(400);
            assertThat(reached).as("documents worked out again").allSatisfy(n -> assertThat(n).isBetween(0, 10));
        }
    }

    /**
     * Records mended (a sentence added, no name): who is who is not worked out at all, the tables
     * hold it already, and they still equal a rebuild. On real records (a Presidium session's notes, a
     * ciphered telegram, a FRUS memorandum), a seed and generated sessions, alone and together; then a
     * mended record together with a record whose names did change, which is worked out as before.
     */
    @Test
    void aChangeThatNamesNoOneAnewLeavesWhoIsWhoAsHeld(@TempDir Path dir) throws Exception {
        Map<String, ArchiveRecord> live = wholePool();
        DeliberationsBuilder builder = builderOf(live);
        Map<String, ArchiveRecord> byFile = Corpus.real();
        List<String> real = List.of(byFile.get("02_presidium_1956-10-20").id(), byFile.get("15_kgb_budapest_telegram_1956-10-28").id(),
                byFile.get("b08_frus_memcon_nixon_khrushchev_1959").id());
        List<String> others = List.of(Corpus.generated(0, 1).getFirst().id(), Corpus.seeds().getFirst().id());
        assertThat(live.keySet()).containsAll(real).containsAll(others);
        Path extracts = java.nio.file.Files.createDirectories(dir.resolve("extracts"));
        try (TablesDb db = TablesDb.open(dir.resolve("kept.db"))) {
            db.rebuild(builder);
            builder.saveExtracts(extracts, null, WRITE);
            int step = 0;
            List<Set<String>> batches = new ArrayList<>();
            for (String id : real) batches.add(Set.of(id));
            batches.add(Set.copyOf(others));
            for (Set<String> batch : batches) {
                // the second time as an ingest's update has it: the extracts read back by shard where asked for
                if (step % 2 == 1) builder = DeliberationsBuilder.loadExtracts(extracts, Authority.sample()).orElseThrow();
                for (String id : batch) {
                    ArchiveRecord now = TablesSequences.retouched(live.get(id));
                    live.put(id, now);
                    builder.add(now);
                }
                db.update(builder, batch);
                builder.saveExtracts(extracts, batch, WRITE);
                assertThat(db.lastScope()).as("scope after mending %s", batch).startsWith("none (no changed record names anyone");
                sameAsRebuilt(db, live, dir, 16, ++step, "mended " + String.join("+", batch));
            }
            // a mended record beside one whose names changed: who is who is worked out for the change
            ArchiveRecord mended = TablesSequences.retouched(live.get(real.getFirst()));
            ArchiveRecord renamed = live.get(real.get(1)).withId(others.getFirst());
            for (ArchiveRecord r : List.of(mended, renamed)) {
                live.put(r.id(), r);
                builder.add(r);
            }
            db.update(builder, Set.of(mended.id(), renamed.id()));
            assertThat(db.lastScope()).doesNotStartWith("none");
            sameAsRebuilt(db, live, dir, 16, ++step, "mended and renamed");
        }
    }

    /**
     * A session's notes edited in part: a sentence opening with a word that is no name ("Another view
     * was put ..."), then one naming a man few records name: who is who is worked out again for the
     * forms the edit added, not for the members the notes name as before (each named in many records
     * of the pool: at a million records, most of them), and the tables still equal a rebuild.
     */
    @Test
    void anEditAddingOneNameIsWorkedOutForThatNameAlone(@TempDir Path dir) throws Exception {
        Map<String, ArchiveRecord> live = wholePool();
        DeliberationsBuilder builder = builderOf(live);
        ArchiveRecord session = live.values().stream().filter(r -> r.participants().size() >= 5).findFirst().orElseThrow();
        try (TablesDb db = TablesDb.open(dir.resolve("part.db"))) {
            db.rebuild(builder);
            int step = 0;
            for (String sentence : List.of("Another view was put at the end of the sitting.", "Cde. Zoltan Tildy spoke on this point again.")) {
                withSentence(db, builder, live, session.id(), sentence);
                assertThat(db.lastScope()).as("after %s", sentence).doesNotStartWith("none").doesNotStartWith("the whole corpus");
                assertThat(db.lastScopeDocuments()).as("documents worked out again after %s", sentence).isBetween(0, 10);
                sameAsRebuilt(db, live, dir, 17, ++step, "edited " + step);
            }
            // the members the notes name are in many records: worked out for them, the scope would not be narrow
            assertThat(live.values().stream().filter(r -> r.participants().contains(session.participants().getFirst())).count())
                    .isGreaterThan(10);
        }
    }

    /** Record {@code id} given {@code sentence} more, held by {@code live} and {@code builder} and updated in {@code db}. */
    private static void withSentence(TablesDb db, DeliberationsBuilder builder, Map<String, ArchiveRecord> live, String id, String sentence)
            throws Exception {
        ArchiveRecord now = TablesSequences.withSentence(live.get(id), sentence);
        live.put(now.id(), now);
        builder.add(now);
        db.update(builder, Set.of(now.id()));
    }

    /**
     * Tables written before the name counts were kept (the counts and their meta row taken away): the
     * first update counts every document and writes the counts whole, the next moves them by its own
     * record; both equal a rebuild. Then a document row written again as a Fonds from before would,
     * leaving the counts as they were: they are no longer taken as held, and the next update counts
     * every document again.
     */
    @Test
    void tablesWithoutNameCountsGetThemWholeOnTheirFirstUpdate(@TempDir Path dir) throws Exception {
        Map<String, ArchiveRecord> live = wholePool();
        DeliberationsBuilder builder = builderOf(live);
        ArchiveRecord session = live.values().stream().filter(r -> r.participants().size() >= 5).findFirst().orElseThrow();
        Path file = dir.resolve("older.db");
        try (TablesDb db = TablesDb.open(file)) {
            db.rebuild(builder);
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 java.sql.Statement s = c.createStatement()) {
                s.execute("DELETE FROM name_counts");
                s.execute("DELETE FROM meta WHERE name = 'name_counts'");
            }
            assertThat(db.dump()).doesNotContain("name_counts\t");
            int step = 0;
            for (String sentence : List.of("Cde. Zoltan Tildy spoke on this point again.", "Cde. Istvan Dobi added a word.")) {
                withSentence(db, builder, live, session.id(), sentence);
                assertThat(db.lastScope()).as("after %s", sentence).doesNotStartWith("none");
                assertThat(db.dump()).contains("name_counts\tITEM\t").contains("meta\tname_counts\t");
                sameAsRebuilt(db, live, dir, 18, ++step, "counted " + step);
            }
        }
        // a Fonds from before the counts writes a document's rows again and not the counts: they are no longer held
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE held AS SELECT * FROM documents WHERE doc_id = '" + session.id() + "'");
            s.execute("DELETE FROM documents WHERE doc_id = '" + session.id() + "'");
            s.execute("INSERT INTO documents SELECT * FROM held");
        }
        try (TablesDb db = TablesDb.open(file)) {
            assertThat(db.dump()).doesNotContain("meta\tname_counts\t");
            ArchiveRecord now = TablesSequences.withSentence(live.get(session.id()), "Cde. Arpad Szakasits closed the sitting.");
            live.put(now.id(), now);
            builder.add(now);
            db.update(builder, Set.of(now.id()));
            assertThat(db.dump()).contains("meta\tname_counts\t");
            sameAsRebuilt(db, live, dir, 18, 3, "counted after an older writer");
        }
    }

    /** Every record of the pool, by id. */
    private static Map<String, ArchiveRecord> wholePool() {
        Map<String, ArchiveRecord> live = new TreeMap<>();
        for (ArchiveRecord r : TablesContract.records()) live.put(r.id(), r);
        return live;
    }

    /** A builder holding {@code live}, under the sample authority. */
    private static DeliberationsBuilder builderOf(Map<String, ArchiveRecord> live) {
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        live.values().forEach(builder::add);
        return builder;
    }

    /** A telegram (no session, no turns) with {@code body} as its text, on a generated record's frame. */
    private static ArchiveRecord telegram(String id, String body) {
        ArchiveRecord frame = Corpus.generated(430, 1).getFirst();
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) org.fonds.record.RecordJson
                .mapper().valueToTree(frame);
        json.put("body", body);
        json.put("kind", "telegram");
        json.put("title", "Telegram " + id);
        json.putNull("chair");
        json.putNull("summary");
        for (String empty : List.of("participants", "speakers", "turns", "notes", "noteMarkers", "protocolRefs", "dateMentions", "from", "to")) {
            json.set(empty, org.fonds.record.RecordJson.mapper().createArrayNode());
        }
        return org.fonds.record.RecordJson.read(json.toString()).withId(id);
    }

    private static void sameAsRebuilt(TablesDb db, Map<String, ArchiveRecord> live, Path dir, long seed, int step, String what) throws Exception {
        TablesSequences.sameAsRebuilt(db, live, Authority.sample(), dir.resolve("rebuilt-" + what.replace(' ', '-') + ".db"),
                String.format("seed %d, step %d (%s)", seed, step, what));
    }

    @Test
    void updatesEqualARebuildAfterRandomIngestsChangesAndDeletions(@TempDir Path dir) throws Exception {
        // -Dfonds.seed=N runs a failure's sequence again
        long seed = Long.getLong("fonds.seed", System.nanoTime());
        try {
            run(seed, dir);
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ": " + e, e);
        }
    }

    private static final DeliberationsBuilder.ShardWriter WRITE = (file, content) -> {
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            content.writeTo(out);
        }
    };

    private static void run(long seed, Path dir) throws Exception {
        Random random = new Random(seed);
        List<ArchiveRecord> pool = TablesContract.records();
        List<ArchiveRecord> flips = flips();
        Map<String, ArchiveRecord> live = new TreeMap<>();
        for (ArchiveRecord r : pool) if (random.nextInt(3) == 0) live.put(r.id(), r);
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        live.values().forEach(builder::add);
        Path extracts = java.nio.file.Files.createDirectories(dir.resolve("extracts"));
        try (TablesDb db = TablesDb.open(dir.resolve("incremental.db")).narrowing(2)) {
            // the accounts held read one by one, or in one pass as at a million records
            if (random.nextBoolean()) db.readingHeldAccountsInOnePassAbove(0);
            db.rebuild(builder);
            builder.saveExtracts(extracts, null, WRITE);
            for (int step = 1; step <= STEPS; step++) {
                // as an ingest's update has it: the extracts saved, read back by shard only where asked for
                builder = DeliberationsBuilder.loadExtracts(extracts, Authority.sample()).orElseThrow();
                int operations = 1 + random.nextInt(random.nextBoolean() ? 3 : 25);
                Set<String> changed = TablesSequences.edits(random, operations, pool, flips, live, builder);
                db.update(builder, changed);
                builder.saveExtracts(extracts, changed, WRITE);
                DeliberationsBuilder fresh = TablesSequences.sameAsRebuilt(db, live, Authority.sample(),
                        dir.resolve("rebuilt-" + step + ".db"), String.format("seed %d, step %d", seed, step));
                // and as a reader sees it (a server beside the writer): the whole tables, as the value built afresh writes them
                try (DbTables read = DbTables.openReadOnly(dir.resolve("incremental.db"))) {
                    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                    TableFiles.all(read, all);
                    assertThat(all.toString(java.nio.charset.StandardCharsets.UTF_8)).as("seed %d, step %d: the tables read", seed, step)
                            .isEqualTo(fresh.build().json());
                }
            }
        }
    }
}
