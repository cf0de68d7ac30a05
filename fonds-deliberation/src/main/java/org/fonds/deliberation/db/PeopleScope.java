package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fonds.deliberation.DeliberationsBuilder;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.people.NameForms;
import org.fonds.deliberation.people.People;

/**
 * Who is who after a change, worked out for the surnames the change can reach and no others
 * (issue 14). The scope starts from (1) every surname key reached by the forms a changed document
 * names otherwise than before ({@link NamesChange}: all of its forms where its date changed), as
 * they were (the readings stored in {@code name_forms}) and as they are, and (2) every form whose reading
 * flipped: the corpus-wide readings ({@code Gazetteer}: ordinary words, known surnames, names used
 * alone, dotted abbreviations, one-person lists) are worked out again and each form's reading is
 * compared with the one stored, so a word a change makes ordinary moves the scope to every surname
 * it was or is read into, wherever it is written ("Furtseva", IncrementalTablesTest's FLIPS). The
 * scope is then closed ({@link NameForms#close}: double names, authority entries, pseudonyms), and
 * only the documents holding a form of the scope are resolved again. The rest of the people stay as
 * the tables hold them, and a form outside the scope keeps the person the {@code forms} table gives it.
 *
 * <p>The whole corpus is worked out instead when: no readings are stored (tables written by the
 * version before); a changed document's earlier names are unknown (a
 * builder not holding them); a person of the scope shares the slug of their id with a person outside
 * it (ids are numbered "-2" across every person of one slug); or the scope's documents are most of
 * the corpus, where narrowing saves nothing. The corpus-wide readings themselves are worked out from
 * counts the tables keep ({@code name_counts}: {@link org.fonds.deliberation.people.NameCounts}),
 * moved by the changed documents alone; every document's names are read for them only where the
 * tables hold no counts yet.
 */
final class PeopleScope {
    /** Above this share of the corpus's documents the whole corpus is worked out: narrowing would cost more than it saves. */
    static final double MOST = 0.5;

    /** Why the whole corpus is worked out for tables of the version before: then every person is written again too. */
    static final String NO_READINGS = "no readings stored (tables of the version before)";

    private PeopleScope() {
    }

    /** Who is who, and for which surnames ({@code scope} null: the whole corpus, for {@code why}). */
    record Outcome(People people, NameForms forms, Set<String> scope, int documents, String why) {
        boolean whole() {
            return scope == null;
        }

        /** True when who is who was not worked out at all: the changed records name no one otherwise than before ({@link #kept}). */
        boolean kept() {
            return KEPT.equals(why);
        }

        /** True when the tables held no readings: every person is written again, with their surnames and slug. */
        boolean unread() {
            return NO_READINGS.equals(why);
        }
    }

    /** Why who is who was not worked out: {@link #kept}. */
    static final String KEPT = "no changed record names anyone otherwise than before";

    /**
     * Who is who as the tables hold it, when the change cannot move it, else null. Who is who is a
     * function of the authority and of every document's names (their forms, roles, hints, lists, date,
     * lower-case words, descriptions, pseudonyms: {@link DocumentNames}) and of nothing else, so when
     * each changed record is still there with names equal to those it had ({@link
     * DeliberationsBuilder#previousNames}), under the authority the tables were written with, the people,
     * the readings and every form's person are what the tables hold. The changed records' rows still
     * ask for forms: each must be one the {@code forms} table answers ({@code storedForms}), since a
     * form met nowhere before (a new speaker label) is resolved by the rules. A typo mended, a note or a
     * summary added, a record re-read by a newer parser that finds the same names: the common changes of
     * an archive. (The caller must also keep documents with editors' assignments out of what it writes
     * by this outcome: {@link People#asStored} reads their forms without the corpus's readings.)
     */
    static Outcome kept(DeliberationsBuilder builder, Collection<String> changed, Map<String, String> storedForms,
                        boolean sameAuthority) {
        return notKept(builder, changed, storedForms, sameAuthority) == null ? asHeld(builder, storedForms) : null;
    }

    /** Who is who as the tables hold it: the outcome {@link #kept} gives once {@link #notKept} found no reason against. */
    static Outcome asHeld(DeliberationsBuilder builder, Map<String, String> storedForms) {
        return new Outcome(People.asStored(builder.authority(), storedForms::get), null, Set.of(), 0, KEPT);
    }

    /** Why who is who cannot be {@link #kept} (the first reason met, naming a document), or null when it can. */
    static String notKept(DeliberationsBuilder builder, Collection<String> changed, Map<String, String> storedForms,
                          boolean sameAuthority) {
        if (!sameAuthority) return "the authority changed";
        if (changed.isEmpty()) return "no record changed";
        for (String id : changed) {
            if (!builder.contains(id)) return id + " was removed";
            Optional<DocumentNames> before = builder.previousNames(id);
            if (before.isEmpty()) return id + " is new";
            if (!before.get().equals(builder.names(id))) return id + " names otherwise than before";
            for (String f : builder.rowForms(id)) if (!storedForms.containsKey(f)) return id + " asks for a form not held (" + f + ")";
        }
        return null;
    }

    static Outcome resolve(Connection c, DeliberationsBuilder builder, Collection<String> changed, Map<String, String> storedForms,
                           double most) throws SQLException {
        return resolve(c, builder, changed, Set.of(), storedForms, most);
    }

    /**
     * As above, with {@code reached} forms seeding the scope too, as they were read and as they are
     * read now: the forms a change of the authority reaches ({@link AuthorityChange}), in no changed document.
     */
    static Outcome resolve(Connection c, DeliberationsBuilder builder, Collection<String> changed, Collection<String> reached,
                           Map<String, String> storedForms, double most) throws SQLException {
        NameForms forms = readings(c, builder, changed);
        Map<String, NameForms.Reading> stored = readReadings(c);
        if (stored.isEmpty() && !forms.readings().isEmpty()) return whole(builder, forms, NO_READINGS);
        Set<String> seeds = new TreeSet<>();
        // readings the change flipped, wherever the form is written
        for (Map.Entry<String, NameForms.Reading> e : forms.readings().entrySet()) {
            NameForms.Reading before = stored.get(e.getKey());
            if (e.getValue().equals(before)) continue;
            seeds.addAll(e.getValue().surnames());
            if (before != null) seeds.addAll(before.surnames());
        }
        for (Map.Entry<String, NameForms.Reading> e : stored.entrySet()) {
            if (!forms.readings().containsKey(e.getKey())) seeds.addAll(e.getValue().surnames());
        }
        for (String f : reached) {
            NameForms.Reading r = stored.get(f);
            if (r != null) seeds.addAll(r.surnames());
            seeds.addAll(forms.unit(f));
        }
        // what the changed documents name otherwise than before, as they were and as they are
        Set<String> assigned = assignedDocuments(builder);
        for (String id : changed) {
            // what the tables hold of it: a record added since they were written (and perhaps changed again) was not there
            boolean held = stored(c, id);
            Optional<DocumentNames> before = held ? builder.previousNames(id) : Optional.empty();
            if (held && before.isEmpty()) return whole(builder, forms, "the earlier names of " + id + " are not known");
            DocumentNames now = builder.contains(id) ? builder.names(id) : null;
            // editors' assignments are read per document, by its forms in the scope: all of them are
            NamesChange change = assigned.contains(id) ? NamesChange.every(before.orElse(null), now) : NamesChange.between(before.orElse(null), now);
            for (String f : change.before()) {
                NameForms.Reading r = stored.get(f);
                if (r != null) seeds.addAll(r.surnames());
                seeds.addAll(forms.unit(f));
            }
            for (String f : change.now()) seeds.addAll(forms.unit(f));
            if (now == null) continue;
            // a form the rows ask for that the forms table answers keeps its person unless its surname is in the scope
            for (String f : builder.rowForms(id)) if (assigned.contains(id) || !storedForms.containsKey(f)) seeds.addAll(forms.unit(f));
        }
        Set<String> scope = forms.close(seeds);
        List<DocumentNames> documents = documentsOf(builder, forms, scope);
        if (documents.size() > most * builder.size()) return whole(builder, forms, "the change reaches most documents");
        People people = People.scoped(forms, documents, scope, storedForms::get);
        String clash = slugClash(c, people, scope);
        if (clash != null) return whole(builder, forms, "the slug " + clash + " is shared with a person outside the scope");
        return new Outcome(people, forms, scope, documents.size(), null);
    }

    /**
     * The corpus-wide readings after the change: from the counts the tables hold, moved by the changed
     * documents, where they hold counts and know each replaced document's earlier names; else from
     * every document's names.
     */
    private static NameForms readings(Connection c, DeliberationsBuilder builder, Collection<String> changed) throws SQLException {
        org.fonds.deliberation.people.NameCounts held = NameCountsTable.read(c);
        if (held != null) {
            Set<String> each = new java.util.LinkedHashSet<>(changed);
            Set<String> counted = new HashSet<>();
            for (String id : each) if (stored(c, id)) counted.add(id);
            NameForms forms = builder.nameForms(held, each, counted::contains);
            if (forms != null) return forms;
        }
        return builder.nameForms();
    }

    /** The documents editors assigned a form of to someone. */
    private static Set<String> assignedDocuments(DeliberationsBuilder builder) {
        Set<String> out = new HashSet<>();
        for (org.fonds.deliberation.people.Assignment a : builder.authority().assignments()) out.add(a.document());
        return out;
    }

    private static Outcome whole(DeliberationsBuilder builder, NameForms forms, String why) {
        List<DocumentNames> all = builder.allNames();
        return new Outcome(People.build(forms, all), forms, null, all.size(), why);
    }

    /** Every document holding a form that reads into {@code scope}, in id order (the order the whole corpus is read in). */
    private static List<DocumentNames> documentsOf(DeliberationsBuilder builder, NameForms forms, Set<String> scope) {
        Set<String> scoped = new HashSet<>();
        for (Map.Entry<String, NameForms.Reading> e : forms.readings().entrySet()) {
            for (String k : e.getValue().surnames()) {
                if (scope.contains(k)) {
                    scoped.add(e.getKey());
                    break;
                }
            }
        }
        return builder.namesHolding(scoped);
    }

    /**
     * A slug shared by a person of the scope (as the tables hold them or as worked out now) and a person
     * outside it, or null: such ids are numbered over both, so the scope alone cannot number them.
     */
    private static String slugClash(Connection c, People people, Set<String> scope) throws SQLException {
        Set<String> inside = storedIds(c, scope);
        Set<String> slugs = new TreeSet<>();
        for (var p : people.all()) if (people.slug(p.id()) != null) slugs.add(people.slug(p.id()));
        try (PreparedStatement ps = c.prepareStatement("SELECT slug FROM people WHERE id = ?")) {
            for (String id : inside) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) slugs.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM people WHERE slug = ?")) {
            for (String slug : slugs) {
                ps.setString(1, slug);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) if (!inside.contains(rs.getString(1))) return slug;
                }
            }
        }
        return null;
    }

    /** The ids of the people the tables hold whose entry depends on a surname of {@code scope}. */
    static Set<String> storedIds(Connection c, Set<String> scope) throws SQLException {
        return Lookups.each(c, "SELECT person_id FROM person_surnames WHERE surname_key = ?", scope, new TreeSet<>());
    }

    private static boolean stored(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE doc_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Map<String, NameForms.Reading> readReadings(Connection c) throws SQLException {
        Map<String, NameForms.Reading> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT form, surnames, names FROM name_forms"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String keys = rs.getString(2);
                out.put(rs.getString(1), new NameForms.Reading(keys.isEmpty() ? List.of() : List.of(keys.split("\t")), rs.getString(3)));
            }
        }
        return out;
    }

    /** Writes the readings that differ from those stored ({@code stored}; all of them when null, into empty tables). */
    static void writeReadings(Connection c, NameForms forms, Map<String, NameForms.Reading> stored) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM name_forms WHERE form = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO name_forms (form, surnames, names) VALUES (?, ?, ?)")) {
            Map<String, NameForms.Reading> now = forms.readings();
            if (stored != null) {
                for (String f : stored.keySet()) {
                    if (now.containsKey(f) && now.get(f).equals(stored.get(f))) continue;
                    del.setString(1, f);
                    del.addBatch();
                }
                del.executeBatch();
            }
            for (Map.Entry<String, NameForms.Reading> e : now.entrySet()) {
                if (stored != null && e.getValue().equals(stored.get(e.getKey()))) continue;
                ins.setString(1, e.getKey());
                ins.setString(2, String.join("\t", e.getValue().surnames()));
                ins.setString(3, e.getValue().names());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }
}
