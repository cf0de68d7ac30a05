package org.fonds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.DeliberationsBuilder;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityEntry;
import org.fonds.synth.Generator;

/**
 * One people correction at N generated records (issue 14): the tables brought up to date narrowed
 * to what the change reaches ({@link TablesDb#updateAuthority}) against the whole tables written
 * again for the same change ({@link TablesDb#rebuild}, who is who over the corpus and every row: what
 * a correction cost before, less the reading of every record from the store that the archive's
 * rebuild adds), alternated in one process on two files. The changes: a rename of a person few
 * records name, a merge of two such people, and a rename of the person most records name (where the
 * narrowing falls back to the whole corpus). Run: {@code ./fonds bench people [COUNT]}.
 */
public final class PeopleChangeBench {
    private PeopleChangeBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000;
        Path dir = Path.of("target", "bench", "people-" + count).toAbsolutePath();
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) Files.delete(f);
        }
        Generator g = new Generator(1956);
        DeliberationsBuilder b = Deliberations.builder(Authority.sample());
        IntStream.range(0, count).parallel().forEach(i -> b.add(g.generate(i).expected()));
        Path narrowFile = dir.resolve("narrowed.db");
        Path wholeFile = dir.resolve("whole.db");
        try (TablesDb narrow = TablesDb.open(narrowFile); TablesDb whole = TablesDb.open(wholeFile)) {
            long t0 = System.nanoTime();
            narrow.rebuild(b);
            System.out.printf("%,d records; tables written whole in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
            whole.rebuild(b);
            List<String[]> few = people(narrowFile, "ASC");
            String[] most = people(narrowFile, "DESC").getFirst();
            Authority base = Authority.sample();
            DeliberationsBuilder current = b;
            List<Authority> changes = new ArrayList<>();
            changes.add(base.overlay(layer(entry(few.get(0), "Ivan Renamov"))));
            changes.add(base.overlay(layer(merged(few.get(1), few.get(2), narrowFile))));
            changes.add(base.overlay(layer(entry(most, "Nikita Renamov"))));
            String[] what = {"rename of " + few.get(0)[0] + " (" + few.get(0)[1] + " documents)",
                "merge of " + few.get(1)[0] + " and " + few.get(2)[0] + " (" + few.get(1)[1] + ", " + few.get(2)[1] + " documents)",
                "rename of " + most[0] + " (" + most[1] + " documents)"};
            Authority before = base;
            for (int i = 0; i < changes.size(); i++) {
                current = current.withAuthority(changes.get(i));
                long a = System.nanoTime();
                TablesDb.Written w = narrow.updateAuthority(current, before);
                long n = System.nanoTime() - a;
                String scope = narrow.lastScope();
                a = System.nanoTime();
                whole.rebuild(current);
                long r = System.nanoTime() - a;
                System.out.printf("%s: narrowed %.2f s (%s; %,d documents' rows written), whole %.2f s; ratio %.1fx%n",
                        what[i], n / 1e9, scope, w.documents(), r / 1e9, (double) r / n);
                before = changes.get(i);
            }
            System.out.println("same tables: " + narrow.dump().equals(whole.dump()));
        }
    }

    /** People with the number of documents naming them, fewest or most first ({@code order}), each {id, count, a form}. */
    private static List<String[]> people(Path file, String order) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.person_id, COUNT(DISTINCT d.doc_id) n, MIN(f.form) FROM forms f JOIN document_forms d"
                     + " ON d.form = f.form WHERE f.person_id IS NOT NULL GROUP BY f.person_id ORDER BY n " + order + ", f.person_id LIMIT 3")) {
            while (rs.next()) out.add(new String[] {rs.getString(1), String.valueOf(rs.getInt(2)), rs.getString(3)});
        }
        return out;
    }

    private static List<String> forms(Path file, String id) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var ps = c.prepareStatement("SELECT form FROM forms WHERE person_id = ? ORDER BY form")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static AuthorityEntry entry(String[] person, String name) {
        return new AuthorityEntry(person[0], name, List.of(person[2]), null);
    }

    private static AuthorityEntry merged(String[] into, String[] from, Path file) throws Exception {
        List<String> forms = new ArrayList<>(forms(file, into[0]));
        forms.addAll(forms(file, from[0]));
        return new AuthorityEntry(into[0], into[2], forms, null);
    }

    private static Authority layer(AuthorityEntry e) {
        return new Authority(List.of(e), List.of(), List.of(), List.of());
    }
}
