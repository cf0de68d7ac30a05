package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a corpus reads each name form it holds, as the surname keys the form can reach (its
 * {@link #unit}), with the corpus-wide readings ({@link Gazetteer}: ordinary words, known surnames,
 * names used alone, dotted abbreviations, lists) worked out once. What an update needs to narrow who
 * is who to some surnames: a form whose unit differs from the one stored before is a reading the
 * change flipped, wherever it is written; and {@link #close} widens a set of surnames to every
 * surname whose people depend on them.
 */
public final class NameForms {
    private final Authority authority;
    private final Gazetteer gazetteer;
    private final NameCounts counts;
    private final Map<String, Reading> units = new HashMap<>();
    /** Surname keys that must be worked out together: the forms of one authority entry, a pseudonym and its bearer, an assignment and its person. */
    private final List<Set<String>> links = new ArrayList<>();

    private NameForms(Authority authority, NameCounts counts) {
        this.authority = authority;
        this.counts = counts;
        Set<String> asserted = new TreeSet<>();
        Map<String, Set<String>> keysById = new HashMap<>();
        for (AuthorityEntry e : authority.people()) {
            List<String> forms = new ArrayList<>(e.forms());
            forms.add(e.preferredName());
            Set<String> keys = surnameKeys(forms);
            asserted.addAll(keys);
            links.add(keys);
            keysById.put(e.id(), keys);
        }
        // a form given to a person in one document is worked out with that person's surnames
        for (Assignment a : authority.assignments()) {
            Set<String> keys = surnameKeys(a.forms());
            keys.addAll(keysById.getOrDefault(a.person(), Set.of()));
            links.add(keys);
        }
        gazetteer = new Gazetteer(counts, asserted);
        for (String f : counts.forms()) units.computeIfAbsent(f, this::read);
        for (String[] p : counts.pseudonyms()) {
            Set<String> keys = new TreeSet<>(unit(p[0]));
            keys.addAll(unit(p[1]));
            links.add(keys);
        }
        acrossSurnames(authority);
    }

    /**
     * Widens each form's reading by the surnames {@link People} may join it to across: one Chinese name
     * in the other romanisation ("Chou En-lai" reaches "zhou"), a bare part of a double surname ("Dej"
     * reaches "gheorghiu-dej"), a bare first given name ("Enver" reaches "hoxha"), a given name and
     * patronymic alone ("Konstantin Ustinovich" reaches "chernenko"). In the reading, not
     * a link: a change that adds or removes the other name flips the reading, so an update reaches
     * the form's documents both ways (a link is gone with the last record that made it).
     */
    private void acrossSurnames(Authority authority) {
        Map<String, Set<String>> byRomanised = new HashMap<>();
        Map<String, Set<String>> byPart = new HashMap<>();
        Map<String, Set<String>> byGiven = new HashMap<>();
        Map<String, Set<String>> byNamePatronymic = new HashMap<>();
        List<PersonName> all = new ArrayList<>();
        for (String form : units.keySet()) all.addAll(namesOf(form));
        for (AuthorityEntry e : authority.people()) {
            for (String f : e.forms()) all.add(FamilyFirst.parse(f));
            all.add(FamilyFirst.parse(e.preferredName()));
        }
        for (PersonName n : all) {
            if (n == null) continue;
            String romanised = Romanised.key(n);
            if (romanised != null) byRomanised.computeIfAbsent(romanised, k -> new TreeSet<>()).add(n.surnameKey());
            if (n.surnameKey().indexOf('-') > 0) {
                for (String part : n.surnameKey().split("-")) byPart.computeIfAbsent(part, k -> new TreeSet<>()).add(n.surnameKey());
            }
            if (!n.bare() && !n.initialOnly()) byGiven.computeIfAbsent(n.firstGiven(), k -> new TreeSet<>()).add(n.surnameKey());
            String patronymic = n.givenAndPatronymicKey();
            if (patronymic != null) byNamePatronymic.computeIfAbsent(patronymic, k -> new TreeSet<>()).add(n.surnameKey());
        }
        for (Map.Entry<String, Reading> e : units.entrySet()) {
            TreeSet<String> keys = new TreeSet<>(e.getValue().surnames());
            for (PersonName n : namesOf(e.getKey())) {
                String romanised = Romanised.key(n);
                if (romanised != null) keys.addAll(byRomanised.getOrDefault(romanised, Set.of()));
                if (n.bare()) {
                    keys.addAll(byPart.getOrDefault(n.surnameKey(), Set.of()));
                    keys.addAll(byGiven.getOrDefault(n.surnameKey(), Set.of()));
                }
                // "Konstantin Ustinovich" reaches "chernenko"
                if (n.namePatronymic()) keys.addAll(byNamePatronymic.getOrDefault(n.namePatronymicKey(), Set.of()));
            }
            if (keys.size() != e.getValue().surnames().size()) e.setValue(new Reading(List.copyOf(keys), e.getValue().names()));
        }
    }

    /** The names {@code form} is read as, where the text states it is a name and where it does not. */
    private List<PersonName> namesOf(String form) {
        List<PersonName> out = new ArrayList<>();
        for (boolean stated : new boolean[] {true, false}) out.addAll(gazetteer.names(new Occurrence(form, Role.MENTIONED, null, stated)));
        return out;
    }

    private static Set<String> surnameKeys(List<String> forms) {
        Set<String> keys = new TreeSet<>();
        for (String f : forms) {
            PersonName n = FamilyFirst.parse(f);
            if (n != null) keys.add(n.surnameKey());
        }
        return keys;
    }

    /** The readings of {@code documents}, every document of the corpus. */
    public static NameForms of(Authority authority, Collection<DocumentNames> documents) {
        return new NameForms(authority, NameCounts.of(documents));
    }

    /** The readings of the corpus whose names {@code counts} counts (equal to those of its documents). */
    public static NameForms of(Authority authority, NameCounts counts) {
        return new NameForms(authority, counts);
    }

    /** What these readings were worked out from. */
    public NameCounts counts() {
        return counts;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    Authority authority() {
        return authority;
    }

    /**
     * Every form one document gives the resolution: its occurrences, their hints, the forms of its
     * pseudonyms and their bearers, the forms its notes describe.
     */
    public static Set<String> formsOf(DocumentNames d) {
        Set<String> out = new LinkedHashSet<>();
        for (Occurrence o : d.occurrences()) {
            out.add(o.form());
            if (o.hint() != null) out.add(o.hint());
        }
        out.addAll(d.pseudonyms().keySet());
        out.addAll(d.pseudonyms().values());
        out.addAll(d.descriptions().keySet());
        return out;
    }

    /** Each form of the corpus with how it is read. */
    public Map<String, Reading> readings() {
        return units;
    }

    /**
     * How the corpus reads one form: the surname keys it reaches ({@link #unit}), and {@code names},
     * the names it is read as, where the text states it is a name and where it does not, written out
     * whole ("Imre Nagy" read as "Nagy" once "Imre" is an ordinary word keeps its surname key but not
     * its name): two readings with equal names give the same people.
     */
    public record Reading(List<String> surnames, String names) {
        public Reading {
            surnames = List.copyOf(surnames);
        }
    }

    /**
     * The surname keys {@code form} reaches, sorted: those of its reading where the text states it is a
     * name and where it does not (they differ: "Gro" stated is a surname of its own, else short for
     * Gero), and that of the form parsed as it stands (what a form no occurrence reads is looked up by).
     * Two forms with the same units mean the same people whatever else the corpus holds of other surnames.
     */
    public List<String> unit(String form) {
        Reading known = units.get(form);
        return (known != null ? known : read(form)).surnames();
    }

    private Reading read(String form) {
        TreeSet<String> keys = new TreeSet<>();
        StringBuilder names = new StringBuilder();
        for (boolean stated : new boolean[] {true, false}) {
            for (PersonName n : gazetteer.names(new Occurrence(form, Role.MENTIONED, null, stated))) {
                keys.add(n.surnameKey());
                names.append(n).append('\t');
            }
            names.append('|');
        }
        PersonName parsed = PersonName.parse(form);
        if (parsed != null) keys.add(parsed.surnameKey());
        return new Reading(List.copyOf(keys), names.toString());
    }

    /**
     * {@code seeds} widened to every surname key worked out together with one of them: the keys of one
     * form's unit (a double name, a form read two ways), of one authority entry's forms, of a pseudonym
     * and its bearer. Within a closed set the people come out as the whole corpus would make them.
     */
    public Set<String> close(Set<String> seeds) {
        Map<String, String> parent = new HashMap<>();
        for (Reading r : units.values()) join(parent, r.surnames());
        for (Set<String> link : links) join(parent, link);
        Set<String> roots = new java.util.HashSet<>();
        for (String s : seeds) roots.add(find(parent, s));
        Set<String> out = new TreeSet<>(seeds);
        for (String k : parent.keySet()) if (roots.contains(find(parent, k))) out.add(k);
        return out;
    }

    private static void join(Map<String, String> parent, Collection<String> keys) {
        String first = null;
        for (String k : keys) {
            if (first == null) {
                first = find(parent, k);
                continue;
            }
            String r = find(parent, k);
            if (!r.equals(first)) parent.put(r, first);
        }
    }

    private static String find(Map<String, String> parent, String k) {
        String root = k;
        while (true) {
            String p = parent.putIfAbsent(root, root);
            if (p == null || p.equals(root)) break;
            root = p;
        }
        while (!k.equals(root)) {
            String next = parent.get(k);
            parent.put(k, root);
            k = next;
        }
        return root;
    }
}
