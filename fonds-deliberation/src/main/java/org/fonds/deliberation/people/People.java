package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people of a corpus, worked out from the authority and the name occurrences of every document.
 *
 * <p>Identity starts from the folded surname. Within one surname, full given names tell people
 * apart ("Imre Nagy", "Ferenc Nagy"); an initial ("J. Kadar") joins the one person whose given
 * name it can abbreviate; a bare surname joins the one person of that surname. When a surname has
 * several people, a bare mention of it is assigned only where the text says (a hint: the note its
 * marker points to names the person) or the authority lists the bare form; otherwise it goes to an
 * "unresolved" person with the surname as id. Authority entries win over all of this: their forms
 * mean them, whatever the surname, and their distinctions keep forms apart.
 */
public final class People {
    private final Map<String, String> idByKey;
    private final Map<String, String> holderBySurname;
    private final Set<String> ambiguousKeys;
    private final Map<String, Person> byId;
    /** How the corpus read each form it saw ("Kovacs Bela" surname first, "Khrush." as Khrushchev). */
    private final Map<String, PersonName> nameByForm;
    private final Map<String, String> idCache = new ConcurrentHashMap<>();
    /** Each person's surname keys (see {@link #surnames}) and the slug their id was made from (null for the authority's). */
    private final Map<String, Set<String>> surnamesById;
    private final Map<String, String> slugById;
    /**
     * Set when these are the people of some surnames only ({@link #scoped}): a form outside them is
     * looked up here instead (the person the tables already map it to).
     */
    private final java.util.function.Predicate<String> inScope;
    private final java.util.function.Function<String, String> outside;
    /** One assignment as resolution matches it: by the folded form or by the key the form parses to. */
    private record Given(Set<String> folded, Set<String> keys, String person) {
        static Given of(Assignment a) {
            Set<String> folded = new HashSet<>(), keys = new HashSet<>();
            for (String f : a.forms()) {
                folded.add(Fold.fold(f));
                PersonName n = FamilyFirst.parse(f);
                if (n != null) keys.add(n.key());
            }
            return new Given(folded, keys, a.person());
        }

        boolean matches(PersonName n) {
            return keys.contains(n.key()) || folded.contains(Fold.fold(n.form()));
        }
    }

    /** Per document, the editors' assignments of forms to people (ids of authority entries), later ones first. */
    private final Map<String, List<Given>> givenByDocument;
    /** Stands for "no one" in the cache, which holds no nulls; compared by identity. */
    private static final String NO_ONE = new String("");

    private People(Map<String, String> idByKey, Map<String, String> holderBySurname, Set<String> ambiguousKeys,
                   Map<String, Person> byId, Map<String, PersonName> nameByForm, Map<String, Set<String>> surnamesById,
                   Map<String, String> slugById, java.util.function.Predicate<String> inScope,
                   java.util.function.Function<String, String> outside, Map<String, List<Given>> givenByDocument) {
        this.givenByDocument = givenByDocument;
        this.nameByForm = nameByForm;
        this.surnamesById = surnamesById;
        this.slugById = slugById;
        this.inScope = inScope;
        this.outside = outside;
        this.idByKey = idByKey;
        this.holderBySurname = holderBySurname;
        this.ambiguousKeys = ambiguousKeys;
        this.byId = byId;
    }

    public static People build(Authority authority, Collection<DocumentNames> documents) {
        return new Resolution(authority, documents, null, null).people(null, null);
    }

    /**
     * The people of the surname keys {@code scope} only, worked out from {@code documents} (every
     * document that holds a form {@code forms} reads into the scope; others may come too) exactly as
     * {@link #build} over the whole corpus would work them out, provided the scope is closed
     * ({@link NameForms#close}). {@link #all} gives the people of the scope; {@link #idOf} answers a
     * form of the scope itself and asks {@code outside} for any other.
     */
    public static People scoped(NameForms forms, Collection<DocumentNames> documents, Set<String> scope,
                                java.util.function.Function<String, String> outside) {
        java.util.function.Predicate<String> formInScope = f -> {
            for (String k : forms.unit(f)) if (scope.contains(k)) return true;
            return false;
        };
        return new Resolution(forms.authority(), documents, forms.gazetteer(), scope::contains).people(formInScope, outside);
    }

    /**
     * No one worked out: every form means the person {@code outside} gives it (the {@code forms}
     * table), the editors' assignments of {@code authority} aside. For an update whose changed records
     * name no one otherwise than before: who is who is then what the tables hold.
     */
    public static People asStored(Authority authority, java.util.function.Function<String, String> outside) {
        return new Resolution(authority, List.of(), null, k -> false).people(f -> false, outside);
    }

    /** As {@link #build}, over every document of the corpus that {@code forms} read. */
    public static People build(NameForms forms, Collection<DocumentNames> documents) {
        return new Resolution(forms.authority(), documents, forms.gazetteer(), null).people(null, null);
    }

    /** The surname keys whose resolution decides the entry of {@code id}: their own and those of the forms that mean them. */
    public Set<String> surnames(String id) {
        return surnamesById.getOrDefault(id, Set.of());
    }

    /** The slug the id of {@code id} was made from (before a "-2" on a clash); null for an id the authority gives. */
    public String slug(String id) {
        return slugById.get(id);
    }

    /** Everyone, ordered by id. */
    public List<Person> all() {
        return List.copyOf(byId.values());
    }

    public Person person(String id) {
        return byId.get(id);
    }

    /** The id of the person {@code form} means, or null when it is no known person. */
    public String idOf(String form) {
        if (outside != null && !inScope.test(form)) return outside.apply(form);
        // the same few hundred forms are asked for millions of times (every turn, every participant)
        String id = idCache.computeIfAbsent(form, f -> Objects.requireNonNullElse(idOf(f, null), NO_ONE));
        return id == NO_ONE ? null : id;
    }

    /**
     * The id of the person {@code form} means in the document {@code documentId}: the one an editor
     * gave it to there ({@link Assignment}), else as {@link #idOf(String)}.
     */
    public String idIn(String documentId, String form) {
        List<Given> given = givenByDocument.get(documentId);
        if (given != null) {
            PersonName name = nameByForm.containsKey(form) ? nameByForm.get(form) : FamilyFirst.parse(form);
            if (name != null) {
                for (Given g : given) if (g.matches(name)) return g.person();
            }
        }
        return idOf(form);
    }

    /** As {@link #idOf(String)}; a shared surname is settled by {@code hint}, a fuller form, if given. */
    public String idOf(String form, String hint) {
        PersonName name = nameByForm.containsKey(form) ? nameByForm.get(form) : FamilyFirst.parse(form);
        if (name == null) return null;
        if (!ambiguousKeys.contains(name.key())) return idByKey.get(name.key());
        PersonName full = hint == null ? null : nameByForm.containsKey(hint) ? nameByForm.get(hint) : FamilyFirst.parse(hint);
        String hinted = full == null ? null : idByKey.get(full.key());
        return hinted != null ? hinted : holderBySurname.get(name.surnameKey());
    }

    /** The working-out, kept apart so the finished {@link People} holds only what lookups need. */
    private static final class Resolution {
        private static final int DOMINANCE = 3;
        private static final int YEARS_APART = 3;
        private final Map<String, PersonName> parsed = new HashMap<>();
        private final Map<String, Individual> byKey = new HashMap<>();
        private final Map<String, List<Individual>> bySurname = new TreeMap<>();
        /** The people named in full by {@link Romanised#key}: a Chinese name in the other romanisation is theirs. */
        private final Map<String, Individual> byRomanised = new HashMap<>();
        /** The people of a double surname ("Gheorghiu-Dej") by each part ("dej"). */
        private final Map<String, List<Individual>> byPart = new HashMap<>();
        /** The people named in full by their first given name spelled out ("enver"). */
        private final Map<String, List<Individual>> byGiven = new HashMap<>();
        /** The people named in full with a given name and a patronymic, by the two ("konstantin ustinovich"). */
        private final Map<String, List<Individual>> byNamePatronymic = new HashMap<>();
        private final Map<String, Individual> holders = new TreeMap<>();
        private final Set<String> ambiguousKeys = new HashSet<>();
        private final Set<String> distinctPairs = new HashSet<>();
        private final Set<String> authorityKeys = new HashSet<>();
        /** Per document, the editors' assignments of forms to people (entries of the authority), later ones first. */
        private final Map<String, List<Given>> givenByDocument = new HashMap<>();
        private final Map<String, Individual> byEntryId = new HashMap<>();
        /** The keys of the forms editors marked as no person: never a person, whatever the rules say. */
        private final Set<String> notPersonKeys = new HashSet<>();
        private final Collection<DocumentNames> documents;
        private final Map<String, PersonName> nameByForm = new HashMap<>();
        private Gazetteer gazetteer;
        private Map<Individual, Set<String>> named = Map.of();
        private final Map<String, Integer> years = new HashMap<>();
        private final Map<String, List<Individual>> candidatesByKey = new HashMap<>();
        private final Map<PersonName, String> forms = new java.util.IdentityHashMap<>();
        /** The surname keys worked out; every other name is passed over (all of them when this is the whole corpus). */
        private final java.util.function.Predicate<String> scope;
        /** True when every surname is worked out (the scope takes every key: no need to fold one to ask). */
        private final boolean whole;
        private final Map<PersonName, String> keys = new java.util.IdentityHashMap<>();
        /** Keyed by the documents' own sets of roles, which no longer change once {@link #finish} asks. */
        private final Map<Set<Role>, List<Role>> roleLists = new HashMap<>();

        Resolution(Authority authority, Collection<DocumentNames> documents, Gazetteer gazetteer,
                   java.util.function.Predicate<String> scope) {
            this.documents = documents;
            this.gazetteer = gazetteer;
            this.scope = scope == null ? k -> true : scope;
            this.whole = scope == null;
            for (Distinction d : authority.distinct()) distinctions(d);
            for (AuthorityEntry e : authority.people()) entry(e);
            for (String form : authority.notPeople()) {
                PersonName n = PersonName.parse(form);
                if (n == null) continue;
                notPersonKeys.add(n.key());
                // "Pak Gyeong", "Kovacs Bela": the corpus may read the form family name first
                PersonName flipped = n.surnameFirst();
                if (flipped != null) notPersonKeys.add(flipped.key());
            }
            for (Assignment a : authority.assignments()) {
                // an assignment to an id no entry has is passed over (a hand-written entry the corrections emptied)
                if (byEntryId.containsKey(a.person())) givenByDocument.computeIfAbsent(a.document(), k -> new ArrayList<>()).addFirst(Given.of(a));
            }
        }

        /** The person editors gave {@code n} to in this document; null when they gave it to no one (or to an id no entry has). */
        private Individual given(String documentId, PersonName n) {
            for (Given g : givenByDocument.getOrDefault(documentId, List.of())) {
                if (g.matches(n)) return byEntryId.get(g.person());
            }
            return null;
        }

        /** The names the corpus reads in {@code o}, less those editors marked as no person. */
        private List<PersonName> names(Occurrence o) {
            List<PersonName> all = gazetteer.names(o);
            if (notPersonKeys.isEmpty()) return all;
            return all.stream().filter(n -> !notPersonKeys.contains(n.key())).toList();
        }

        People people(java.util.function.Predicate<String> formInScope, java.util.function.Function<String, String> outside) {
            if (gazetteer == null) gazetteer = new Gazetteer(documents, bySurname.keySet());
            TreeMap<String, PersonName> names = new TreeMap<>();
            for (DocumentNames doc : documents) {
                for (Occurrence o : doc.occurrences()) {
                    for (PersonName n : names(o)) if (in(n)) names.putIfAbsent(key(n), n);
                    if (o.hint() != null) {
                        for (PersonName n : names(hintOccurrence(o.hint()))) if (in(n)) names.putIfAbsent(key(n), n);
                    }
                }
            }
            // a name and patronymic alone ("Konstantin Ustinovich") last: it is the one person named in full with them
            for (PersonName n : names.values()) if (!n.bare() && !n.initialOnly() && !n.namePatronymic()) place(n, fullCandidates(n));
            for (PersonName n : names.values()) if (n.namePatronymic()) place(n, fullCandidates(n));
            for (PersonName n : names.values()) if (n.initialOnly()) place(n, initialCandidates(n));
            named = documentsNamedInFull();
            for (DocumentNames doc : documents) years.put(doc.documentId(), doc.year());
            // a double surname first: a bare part of it ("Dej") is then looked up among them
            for (PersonName n : names.values()) if (n.bare() && n.surnameKey().indexOf('-') > 0) place(n, dominant(bareCandidates(n), named));
            for (PersonName n : names.values()) if (n.bare() && n.surnameKey().indexOf('-') < 0) place(n, dominant(bareCandidates(n), named));
            for (DocumentNames doc : documents) doc.pseudonyms().forEach(this::pseudonym);
            for (DocumentNames doc : documents) {
                for (Occurrence o : doc.occurrences()) record(doc.documentId(), o);
                describe(doc);
            }
            return finish(formInScope, outside);
        }

        private boolean in(PersonName n) {
            return whole || scope.test(n.surnameKey());
        }

        /**
         * {@link PersonName#key()} of a name the gazetteer handed out, folded once: who is who asks for it
         * several times for each occurrence of the corpus (a profile at 10,000 records, issue 14). By
         * identity, as {@link #formOf}.
         */
        private String key(PersonName n) {
            return keys.computeIfAbsent(n, PersonName::key);
        }

        /** For each person, the documents that name them with a given name or an initial. */
        private Map<Individual, Set<String>> documentsNamedInFull() {
            Map<Individual, Set<String>> out = new HashMap<>();
            for (DocumentNames doc : documents) {
                for (Occurrence o : doc.occurrences()) {
                    for (PersonName n : names(o)) {
                        if (!in(n)) continue;
                        Individual i = n.bare() || ambiguousKeys.contains(key(n)) ? null : byKey.get(key(n));
                        if (i != null) out.computeIfAbsent(i, k -> new HashSet<>()).add(doc.documentId());
                    }
                }
            }
            return out;
        }

        /**
         * Of several people with one surname, the one a bare surname means: the one the corpus names
         * in full in at least {@value #DOMINANCE} times as many documents as all the others together
         * (Imre Nagy beside Ferenc and Lajos Nagy); otherwise all of them, and the bare surname stays unresolved.
         */
        private static List<Individual> dominant(List<Individual> candidates, Map<Individual, Set<String>> named) {
            if (candidates.size() < 2) return candidates;
            Individual best = null;
            int bestCount = 0;
            int total = 0;
            for (Individual i : candidates) {
                int c = named.getOrDefault(i, Set.of()).size();
                total += c;
                if (c > bestCount) {
                    best = i;
                    bestCount = c;
                }
            }
            return best != null && bestCount >= DOMINANCE * (total - bestCount) && bestCount >= 2 ? List.of(best) : candidates;
        }

        /**
         * The one person of a shared surname that the corpus names in full nearest {@code year}, when
         * the next nearest is at least {@value #YEARS_APART} years further: a bare "Kadar" of 1956 is
         * the J. Kadar of 1965, not the L. Kadar of 1972. Null when no one stands out so.
         */
        private Individual nearest(List<Individual> candidates, int year) {
            if (year == 0 || candidates.size() < 2) return null;
            Individual best = null;
            int first = Integer.MAX_VALUE;
            int second = Integer.MAX_VALUE;
            for (Individual i : candidates) {
                int d = Integer.MAX_VALUE;
                for (String doc : named.getOrDefault(i, Set.of())) {
                    int y = years.getOrDefault(doc, 0);
                    if (y != 0) d = Math.min(d, Math.abs(y - year));
                }
                if (d < first) {
                    second = first;
                    first = d;
                    best = i;
                } else if (d < second) {
                    second = d;
                }
            }
            return first != Integer.MAX_VALUE && (second == Integer.MAX_VALUE || second - first >= YEARS_APART) ? best : null;
        }

        private static Occurrence hintOccurrence(String hint) {
            return new Occurrence(hint, Role.MENTIONED, null, false);
        }

        private void distinctions(Distinction d) {
            List<String> keys = new ArrayList<>();
            for (String form : d.forms()) {
                PersonName n = FamilyFirst.parse(form);
                if (n == null) throw new IllegalArgumentException("a distinction names no person (got: " + form + ")");
                keys.add(n.key());
            }
            for (String a : keys) for (String b : keys) if (!a.equals(b)) distinctPairs.add(a + "|" + b);
        }

        private void entry(AuthorityEntry e) {
            List<String> forms = new ArrayList<>(e.forms());
            forms.add(e.preferredName());
            Individual person = null;
            for (String form : forms) {
                PersonName n = FamilyFirst.parse(form);
                if (n == null) throw new IllegalArgumentException("authority form of " + e.id() + " names no person (got: " + form + ")");
                if (person == null) {
                    person = new Individual(n.surnameKey(), e, false);
                    byEntryId.put(e.id(), person);
                }
                person.add(n);
                person.forms.add(form);
                byKey.put(n.key(), person);
                authorityKeys.add(n.key());
                List<Individual> group = bySurname.computeIfAbsent(n.surnameKey(), k -> new ArrayList<>());
                if (!group.contains(person)) group.add(person);
                index(n, person);
            }
        }

        private PersonName parse(String form) {
            return parsed.computeIfAbsent(form, PersonName::parse);
        }

        private List<Individual> fullCandidates(PersonName n) {
            List<Individual> out = new ArrayList<>();
            for (Individual i : group(n)) if (i.givenFirsts.contains(n.firstGiven()) && fits(n, i)) out.add(i);
            if (out.isEmpty()) {
                // "Chou En-lai" beside "Zhou Enlai": one Chinese name in Wade-Giles and in pinyin
                String romanised = Romanised.key(n);
                Individual same = romanised == null ? null : byRomanised.get(romanised);
                if (same != null && fits(n, same)) out.add(same);
            }
            // "Konstantin Ustinovich" beside "Konstantin Ustinovich Chernenko": the form of address is the man
            if (out.isEmpty() && n.namePatronymic()) out.addAll(only(n, byNamePatronymic.get(n.namePatronymicKey())));
            return out.isEmpty() ? out : List.of(out.get(0));
        }

        private List<Individual> initialCandidates(PersonName n) {
            List<Individual> out = new ArrayList<>();
            for (Individual i : group(n)) if (i.fitsInitial(n.firstGiven()) && fits(n, i)) out.add(i);
            return out;
        }

        private List<Individual> bareCandidates(PersonName n) {
            List<Individual> out = new ArrayList<>();
            for (Individual i : group(n)) if (fits(n, i)) out.add(i);
            if (out.isEmpty()) out.addAll(only(n, byPart.get(n.surnameKey()))); // "Dej": the one Gheorghiu-Dej
            if (out.isEmpty()) out.addAll(only(n, byGiven.get(n.surnameKey()))); // "Comrade Enver": the one Enver Hoxha
            return out;
        }

        /**
         * A bare word that is no one's surname stands for the one person whose double surname holds it
         * or whose first given name it is; none when several are (two Imres are no Imre's evidence).
         */
        private List<Individual> only(PersonName n, List<Individual> people) {
            if (people == null || people.size() != 1 || !fits(n, people.get(0))) return List.of();
            return people;
        }

        private List<Individual> group(PersonName n) {
            return bySurname.getOrDefault(n.surnameKey(), List.of());
        }

        /** False when the authority says {@code n} and one of the person's forms are different people. */
        private boolean fits(PersonName n, Individual i) {
            for (String k : i.keys) if (distinctPairs.contains(n.key() + "|" + k)) return false;
            return true;
        }

        private void place(PersonName n, List<Individual> candidates) {
            if (byKey.containsKey(n.key())) return;
            if (candidates.size() > 1) {
                ambiguousKeys.add(n.key());
                candidatesByKey.put(n.key(), candidates);
                return;
            }
            Individual person = candidates.isEmpty() ? new Individual(n.surnameKey(), null, false) : candidates.get(0);
            person.add(n);
            byKey.put(n.key(), person);
            List<Individual> group = bySurname.computeIfAbsent(n.surnameKey(), k -> new ArrayList<>());
            if (!group.contains(person)) group.add(person);
            index(n, person);
        }

        /** Where a later bare form or other spelling of {@code n} looks {@code person} up. */
        private void index(PersonName n, Individual person) {
            String romanised = Romanised.key(n);
            if (romanised != null) byRomanised.putIfAbsent(romanised, person);
            String surname = n.surnameKey();
            if (surname.indexOf('-') > 0) {
                for (String part : surname.split("-")) if (!part.isEmpty()) addOnce(byPart, part, person);
            }
            if (!n.bare() && !n.initialOnly()) addOnce(byGiven, n.firstGiven(), person);
            String patronymic = n.givenAndPatronymicKey();
            if (patronymic != null) addOnce(byNamePatronymic, patronymic, person);
        }

        private static void addOnce(Map<String, List<Individual>> map, String key, Individual person) {
            List<Individual> people = map.computeIfAbsent(key, k -> new ArrayList<>());
            if (!people.contains(person)) people.add(person);
        }

        /**
         * Makes {@code form} a form of the person {@code bearer} names, where the text says it stands for
         * them: only when both are names found in the corpus, neither is a shared surname, and the bearer
         * is named in full (with a given name or initial) somewhere, so that "Dunai [Danube]" or "Kádár
         * [Hu]" join no one.
         */
        private void pseudonym(String form, String bearer) {
            List<PersonName> own = names(hintOccurrence(form));
            List<PersonName> theirs = names(hintOccurrence(bearer));
            if (own.size() != 1 || theirs.size() != 1) return;
            PersonName n = own.get(0);
            PersonName b = theirs.get(0);
            if (!in(n) || !in(b)) return;
            if (!byKey.containsKey(n.key()) || ambiguousKeys.contains(n.key()) || ambiguousKeys.contains(b.key())) return;
            Individual person = byKey.get(b.key());
            // the same surname: an editor's other spelling of the given name ("Pak Gyeong-sun [Pak
            // Kyong-sun]") is the same man, another given name ("Imre Nagy [Ferenc Nagy]") is not
            boolean respelled = n.surnameKey().equals(b.surnameKey());
            if (person == null || person == byKey.get(n.key()) || respelled && !Respelling.of(n, b)) return;
            if (b.bare() && !named.containsKey(person)) return;
            if (authorityKeys.contains(n.key())) return; // the authority says who the form is
            Individual before = byKey.put(n.key(), person);
            if (respelled) {
                // the other spelling's individual, left with no form, no longer shares the surname
                List<Individual> group = before == null ? null : bySurname.get(before.surnameKey);
                if (group != null && before.keys.stream().noneMatch(k -> byKey.get(k) == before)) group.remove(before);
                return;
            }
            person.surnames.add(n.surnameKey());
            person.pseudonyms.add(n.form());
        }

        /** The first description a note gives of each person (documents come in id order). */
        private void describe(DocumentNames doc) {
            doc.descriptions().forEach((form, description) -> {
                List<PersonName> names = names(hintOccurrence(form));
                Individual i = names.isEmpty() || !in(names.get(0)) ? null : byKey.get(names.get(0).key());
                if (i != null && i.description == null && !ambiguousKeys.contains(names.get(0).key())) i.description = description;
            });
        }

        private void record(String documentId, Occurrence o) {
            for (PersonName n : names(o)) {
                if (!in(n)) continue;
                nameByForm.putIfAbsent(o.form(), n);
                Individual person = given(documentId, n);
                if (person != null) person.surnames.add(n.surnameKey()); // its people depend on this surname now
                else person = resolve(n, o.hint(), years.getOrDefault(documentId, 0));
                if (person == null) continue;
                String form = formOf(n);
                person.forms.add(form);
                // a pseudonym is a form, never the name the person is filed under
                if (!person.pseudonyms.contains(form)) person.names.putIfAbsent(form, n);
                person.roles.add(o.role());
                person.inDocument(documentId).add(o.role());
            }
        }

        /**
         * {@link PersonName#form()} of a name the gazetteer handed out: the same few thousand names come
         * up in every document, and tokenizing each again was a sixth of who is who over 100,000 records
         * (a profile of an update, issue 14). Keyed by identity: the gazetteer's lists are cached, so equal
         * names are mostly the same object, and a miss only costs the tokenizing it saves.
         */
        private String formOf(PersonName n) {
            return forms.computeIfAbsent(n, PersonName::form);
        }

        private Individual resolve(PersonName n, String hint, int year) {
            List<PersonName> hinted0 = hint == null || !n.bare() ? List.of() : names(hintOccurrence(hint));
            Individual hinted = hinted0.isEmpty() ? null : byKey.get(key(hinted0.get(0)));
            Individual asserted = byKey.get(key(n));
            if (asserted != null && asserted.entry != null && authorityKeys.contains(key(n))) return asserted; // the authority wins
            if (hinted != null && hinted.surnameKey.equals(n.surnameKey())) return hinted;
            if (!ambiguousKeys.contains(key(n))) return byKey.get(key(n));
            Individual nearest = nearest(candidatesByKey.getOrDefault(key(n), List.of()), year);
            if (nearest != null) return nearest;
            return holders.computeIfAbsent(n.surnameKey(), k -> new Individual(k, null, true));
        }

        private People finish(java.util.function.Predicate<String> formInScope, java.util.function.Function<String, String> outside) {
            List<Individual> everyone = new ArrayList<>(new java.util.LinkedHashSet<>(byKey.values()));
            everyone.addAll(holders.values());
            everyone.removeIf(i -> i.rolesByDocument.isEmpty() && i.entry == null);
            // the authority's people of other surnames take their ids here too, so that a slug clashing with one is numbered the same
            assignIds(everyone);
            everyone.removeIf(i -> !inScope(i));
            Map<String, Person> byId = new TreeMap<>();
            Map<String, Set<String>> surnamesById = new HashMap<>();
            Map<String, String> slugById = new HashMap<>();
            for (Individual i : everyone) {
                byId.put(i.id, person(i));
                surnamesById.put(i.id, Set.copyOf(i.surnames));
                if (i.entry == null) slugById.put(i.id, slug(i));
            }
            Map<String, String> idByKey = new HashMap<>();
            byKey.forEach((k, i) -> {
                if (i.id != null && inScope(i)) idByKey.put(k, i.id);
            });
            Map<String, String> holderIds = new HashMap<>();
            holders.forEach((s, i) -> holderIds.put(s, i.id));
            return new People(idByKey, holderIds, Set.copyOf(ambiguousKeys), new LinkedHashMap<>(byId), Map.copyOf(nameByForm),
                    surnamesById, slugById, formInScope, outside, Map.copyOf(givenByDocument));
        }

        private boolean inScope(Individual i) {
            for (String k : i.surnames) if (scope.test(k)) return true;
            return false;
        }

        /** Authority ids first; the others by the slug of their preferred name, "-2" on a clash. */
        private static void assignIds(List<Individual> everyone) {
            Set<String> taken = new HashSet<>();
            for (Individual i : everyone) {
                if (i.entry != null) {
                    i.id = i.entry.id();
                    taken.add(i.id);
                }
            }
            TreeMap<String, Individual> bySlug = new TreeMap<>();
            for (Individual i : everyone) {
                if (i.entry == null) bySlug.put(slug(i) + "\u0000" + String.join(",", i.keys) + (i.holder ? "~" : ""), i);
            }
            for (Map.Entry<String, Individual> e : bySlug.entrySet()) {
                String base = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
                String id = base;
                for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
                e.getValue().id = id;
                taken.add(id);
            }
        }

        private static String slug(Individual i) {
            if (i.holder) return i.surnameKey.replaceAll("[^a-z0-9]+", "-");
            PersonName n = i.preferredPersonName();
            if (n == null) return i.surnameKey.replaceAll("[^a-z0-9]+", "-");
            // "Ho Chi Minh" is ho-chiminh: an East Asian given name is one name however its syllables are written
            return Fold.slug(n.surname(), FamilyFirst.read(n) ? FamilyFirst.givenForId(n.given()) : String.join(" ", n.given()));
        }

        private Person person(Individual i) {
            TreeSet<String> forms = new TreeSet<>(i.forms);
            if (i.entry != null) forms.addAll(i.entry.forms());
            String name = i.holder ? holderName(i) : i.preferredName();
            List<Individual> group = bySurname.getOrDefault(i.surnameKey, List.of());
            boolean shared = i.holder || group.size() > 1;
            Map<String, List<Role>> byDocument = new TreeMap<>();
            // one list for each combination of roles, shared by every person's documents: a member's entry
            // holds one for each document of the corpus, and most are the same two or three
            i.rolesByDocument.forEach((doc, roles) -> byDocument.put(doc, roleLists.computeIfAbsent(roles, List::copyOf)));
            // an editor's description wins over a translator's note, and the person says whose it is
            String editors = i.entry == null ? null : i.entry.description();
            String description = editors != null ? editors : i.description;
            String by = editors != null ? Person.BY_EDITOR : i.description != null ? Person.BY_NOTE : null;
            return new Person(i.id, name, List.copyOf(forms), List.copyOf(i.roles), List.copyOf(byDocument.keySet()),
                    shared, note(i, group, shared), byDocument, description, List.copyOf(i.pseudonyms), by);
        }

        private static String holderName(Individual i) {
            String best = null;
            for (String form : i.forms) {
                PersonName n = i.names.get(form);
                String surname = n != null ? n.surname() : form;
                if (best == null || surname.compareTo(best) < 0) best = surname;
            }
            return best == null ? i.surnameKey : best;
        }

        private String note(Individual i, List<Individual> group, boolean shared) {
            String editors = i.entry == null ? null : i.entry.note();
            if (!shared) return editors;
            List<String> others = new ArrayList<>();
            for (Individual g : group) if (g != i && g.id != null) others.add(g.preferredName() + " (" + g.id + ")");
            String text = i.holder
                    ? "unresolved: mentions of the surname that neither the text nor the authority assigns to "
                      + String.join(" or ", others)
                    : "surname shared with " + String.join(", ", others)
                      + "; a bare surname means this person only where a note or the authority file says so";
            return editors == null ? text : editors + " " + text;
        }
    }
}
