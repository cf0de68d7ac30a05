package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which name forms of a corpus are people, and read how: grown from the corpus itself, with no
 * list of names. A form counts when the text states it is a name (a title, initials, a label, a
 * list: {@link Occurrence#stated()}), when it is two or more words none of which the corpus ever
 * writes in lower case ("Imre Nagy", "Ho Chi Minh"), or when it is one word that one of those two
 * kinds has made a known surname ("Nagy" anywhere, once "Cde. Nagy" or "Imre Nagy" is seen).
 * Ordinary words around a name are dropped ("Without Nagy", "the Mikoyan-Suslov Report"); a
 * double name joins two known surnames ("Rakosi-Gero"); a dotted abbreviation joins the one
 * known surname it begins ("Khrush."); and a name whose first word the corpus uses alone while
 * never using its last word alone is read surname first ("Kovacs Bela", "Zhou Enlai"), as is, where
 * the corpus does not say, an East Asian name ("Liu Shaoqi": {@link FamilyFirst}, whose list of
 * family names is general knowledge, like {@link Vocabulary}, not a list of people).
 */
final class Gazetteer {
    private static final int MIN_ABBREVIATION = 3;
    /** An undotted word this short that begins a known surname is read as its abbreviation. */
    private static final int SHORT = 4;
    private final Set<String> common = new HashSet<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> usedAlone = new HashSet<>();
    private final Map<String, String> surnameByKey = new HashMap<>();
    /**
     * {@link #names} by form, one map for stated occurrences and one for others: who is who asks for
     * every occurrence of the corpus three times, and a key made by joining the flag and the form was a
     * new string to hash each time (a profile at 10,000 records, issue 14).
     */
    private final Map<String, List<PersonName>> cache = new HashMap<>();
    private final Map<String, List<PersonName>> statedCache = new HashMap<>();
    /**
     * {@link #stripped} by form: the same few thousand forms come up in every document, and parsing
     * them again on each of the four passes was most of the time of who is who (a profile at 20,000 records).
     * Kept apart from {@link #cache}, which is cleared once the known surnames are learnt; this one
     * depends only on the ordinary words, which are all in before the first call.
     */
    private final Map<String, Optional<PersonName>> strippedCache = new HashMap<>();
    private TreeSet<String> sortedKnown;
    /**
     * {@link #longer} by prefix, while the known surnames stay as they are (forgotten with {@link #sortedKnown}):
     * every one-word item of every list of the corpus asks for it (a profile at 30,000 records, issue 14).
     */
    private final Map<String, Optional<String>> longerCache = new HashMap<>();
    /**
     * Whether a form reads as a name at all, by stated flag and form, while the lists are read: that
     * depends on the known surnames only (not on their spelling nor the names used alone), so it holds
     * until one is learnt. Reading every list item of every document again was most of the
     * gazetteer's time over 100,000 records (a profile of an update, issue 14).
     */
    private final Map<String, Boolean> readsAsName = new HashMap<>();
    private final Map<String, Boolean> statedReadsAsName = new HashMap<>();
    private final Set<String> dotted = new HashSet<>();

    Gazetteer(Collection<DocumentNames> documents, Set<String> asserted) {
        this(NameCounts.of(documents), asserted);
    }

    /** The readings of a corpus whose names {@code counts} counts: each distinct form is read once, however often it is written. */
    Gazetteer(NameCounts counts, Set<String> asserted) {
        common.addAll(counts.common());
        known.addAll(asserted);
        List<NameCounts.Item> items = counts.items();
        List<PersonName> weakBare = new ArrayList<>();
        for (NameCounts.Item o : items) {
            PersonName n = stripped(o.form());
            if (n == null || n.abbreviated()) continue;
            if (o.stated() && !isCommon(n.surnameKey())) {
                learn(dashed(n) ? new PersonName(n.written(), n.surname().substring(0, n.surname().indexOf('-')), List.of()) : n);
                if (n.bare()) usedAlone.add(n.surnameKey());
            } else if (nameLike(n)) {
                learn(n);
            } else if (n.bare()) {
                weakBare.add(n);
            }
        }
        for (PersonName n : weakBare) if (known.contains(n.surnameKey())) usedAlone.add(n.surnameKey());
        pruneAbbreviations(items, asserted);
        fromLists(counts.partners());
        cache.clear();
        statedCache.clear();
    }

    /** The known surnames changed: what was worked out from them is forgotten. */
    private void knownChanged() {
        sortedKnown = null;
        longerCache.clear();
        readsAsName.clear();
        statedReadsAsName.clear();
    }

    /**
     * A word the corpus also writes with an abbreviation's dot ("Bulg." beside a list's "Bulg")
     * that begins one known surname is that surname cut short, not a surname of its own.
     */
    private void pruneAbbreviations(List<NameCounts.Item> items, Set<String> asserted) {
        for (NameCounts.Item o : items) {
            PersonName n = stripped(o.form());
            if (n != null && n.abbreviated()) dotted.add(n.surnameKey());
        }
        // in order: pruning one changes which surname another begins
        for (String key : new TreeSet<>(dotted)) {
            if (known.contains(key) && !asserted.contains(key) && longer(key) != null) {
                known.remove(key);
                usedAlone.remove(key);
                knownChanged();
            }
        }
    }

    /** The one known surname longer than {@code prefix} that begins with it; null when none or several. */
    private String longer(String prefix) {
        if (sortedKnown == null) {
            sortedKnown = new TreeSet<>(known);
            longerCache.clear();
        }
        Optional<String> held = longerCache.get(prefix);
        if (held == null) {
            held = Optional.ofNullable(longerIn(sortedKnown, prefix));
            longerCache.put(prefix, held);
        }
        return held.orElse(null);
    }

    private static String longerIn(TreeSet<String> sortedKnown, String prefix) {
        String match = null;
        for (String k : sortedKnown.tailSet(prefix)) {
            if (!k.startsWith(prefix)) break;
            if (k.equals(prefix)) continue;
            if (match != null) return null;
            match = k;
        }
        return match;
    }

    /**
     * A list with one person in it is a list of people: its other one-word items become known
     * surnames ("Rakosi" in "Mistakes of Rakosi, Gero, + others" once Gero is known). Read until
     * nothing more is learnt, so what a list teaches does not depend on where in the corpus it
     * stands: an item beside a person in any list counts ({@code partners}: each item of a list with
     * the items it shares one with, itself among them).
     */
    private void fromLists(Map<NameCounts.Item, List<NameCounts.Item>> partners) {
        Set<NameCounts.Item> learnt = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Map.Entry<NameCounts.Item, List<NameCounts.Item>> e : partners.entrySet()) {
                if (learnt.contains(e.getKey())) continue;
                PersonName n = stripped(e.getKey().form());
                if (n == null || !n.bare() || n.abbreviated() || isCommon(n.surnameKey()) || acronym(n.surname())) continue;
                if (!anyPerson(e.getValue()) || !abbreviation(n, false).isEmpty()) continue;
                learn(n);
                usedAlone.add(n.surnameKey());
                learnt.add(e.getKey());
                more = true;
            }
        }
    }

    /** True when one of {@code items} names a person as the corpus reads it so far. */
    private boolean anyPerson(List<NameCounts.Item> items) {
        for (NameCounts.Item o : items) {
            if ((o.stated() ? statedReadsAsName : readsAsName).computeIfAbsent(o.form(),
                    k -> !read(new Occurrence(o.form(), Role.MENTIONED, null, o.stated())).isEmpty())) return true;
        }
        return false;
    }

    private void learn(PersonName n) {
        if (known.add(n.surnameKey())) knownChanged();
        surnameByKey.merge(n.surnameKey(), n.surname(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /** The people {@code o} names, each read as the corpus reads it; empty when none. */
    List<PersonName> names(Occurrence o) {
        return (o.stated() ? statedCache : cache).computeIfAbsent(o.form(), k -> read(o));
    }

    private List<PersonName> read(Occurrence o) {
        PersonName n = stripped(o.form());
        if (n == null || bodyOrPlace(n.written())) return List.of();
        if (n.abbreviated() || n.bare() && dotted.contains(n.surnameKey()) && !known.contains(n.surnameKey())) {
            return abbreviation(n, o.stated());
        }
        if (n.bare() && n.surname().indexOf('-') > 0 && (!known.contains(n.surnameKey()) || dashed(n))) return doubleName(n);
        if (n.bare() && !known.contains(n.surnameKey()) && !o.stated() && n.surnameKey().length() <= SHORT) {
            return abbreviation(n, false); // "Khr" before a capital: Horvath's note for Khrushchev
        }
        if (n.inverted() && !known.contains(n.surnameKey())) return List.of();
        boolean counts = o.stated() ? !isCommon(n.surnameKey()) : nameLike(n) || n.bare() && known.contains(n.surnameKey())
                && !isCommon(n.surnameKey());
        return counts ? List.of(ordered(n)) : List.of();
    }

    /**
     * A one-word form that may be a surname though the corpus does not know it as one: neither an
     * ordinary word nor an acronym nor a body or place word ("Rakosi" in a record read alone).
     */
    boolean mayBeSurname(Occurrence o) {
        PersonName n = stripped(o.form());
        return n != null && n.bare() && !n.abbreviated() && !isCommon(n.surnameKey()) && !acronym(n.surname())
                && !bodyOrPlace(n.written());
    }

    /** The form without ordinary words before or after the name: "Without Nagy" gives "Nagy". */
    PersonName stripped(String form) {
        Optional<PersonName> known = strippedCache.get(form);
        if (known == null) {
            known = Optional.ofNullable(strip(form));
            strippedCache.put(form, known);
        }
        return known.orElse(null);
    }

    private PersonName strip(String form) {
        List<String> tokens = PersonName.tokens(form);
        int from = 0;
        int to = tokens.size();
        boolean body = false;
        while (from < to - 1 && ordinary(tokens.get(from)) && !FamilyFirst.ordinaryFamily(tokens, from, to)) {
            body |= Vocabulary.notPerson(Fold.fold(tokens.get(from)));
            from++;
        }
        // "Tsentr Khraneniya Sovremennoi Dokumentatsii": after a body's word, words with no title or initial name the body
        if (body && to - from > 2 && !PersonName.isTitle(tokens.get(from)) && !PersonName.isInitial(tokens.get(from))) return null;
        while (to - 1 > from && ordinary(tokens.get(to - 1))) {
            // "Consultative Council", "Leon Levy Foundation": a body's word after the name makes it the body's
            if (Vocabulary.notPerson(Fold.fold(PersonName.stripPossessive(tokens.get(to - 1))))) return null;
            to--;
        }
        if (from == 0 && to == tokens.size()) return PersonName.parse(form);
        PersonName n = PersonName.parse(String.join(" ", tokens.subList(from, to)));
        return n;
    }

    /** "Red Cross", "Lake Balaton", "Leon Levy Foundation": a body or a place. */
    private static boolean bodyOrPlace(String form) {
        for (String t : PersonName.tokens(form)) if (Vocabulary.notPerson(Fold.fold(PersonName.stripPossessive(t)))) return true;
        return false;
    }

    private boolean ordinary(String token) {
        if (PersonName.isInitial(token) || PersonName.isTitle(token)) return false;
        return isCommon(Fold.fold(PersonName.stripPossessive(token)));
    }

    private boolean isCommon(String folded) {
        return common.contains(folded) || Vocabulary.general(folded);
    }

    /** Two or three words, none an ordinary word, none in capitals only (an acronym), no initials. */
    private boolean nameLike(PersonName n) {
        if (n.bare() || n.given().size() > 2) return false;
        List<String> words = new ArrayList<>(n.given());
        words.add(n.surname());
        // "Le Duc Tho": a family name that is also an ordinary word ("le") is no ordinary word there
        boolean family = FamilyFirst.ordinaryFamily(words, 0, words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (PersonName.isInitial(w) || !(family && i == 0) && isCommon(Fold.fold(w)) || acronym(w)) return false;
        }
        return true;
    }

    private static boolean acronym(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /**
     * The one known surname that {@code n} begins ("Khrush." and "Khr" are Khrushchev); none when
     * several begin so, or, unless the text states it is a name ("Bulg." in a line of names), a
     * general word does ("Yug." is Yugoslavia, "Mosc." Moscow).
     */
    private List<PersonName> abbreviation(PersonName n, boolean stated) {
        String prefix = n.surnameKey();
        if (prefix.length() < MIN_ABBREVIATION || !stated && Vocabulary.begins(prefix)) return List.of();
        String match = longer(prefix);
        if (match == null) return List.of();
        // a surname only the authority asserts has no spelling from the corpus: its key stands for it (the key is what identity uses)
        return List.of(new PersonName(n.written(), surnameByKey.getOrDefault(match, match), List.of()));
    }

    /** "Molotov-Today": a label's dash, not a double name (a part is an ordinary word). */
    private boolean dashed(PersonName n) {
        if (!n.bare() || n.surname().indexOf('-') < 0) return false;
        for (String part : n.surname().split("-")) if (isCommon(Fold.fold(part))) return true;
        return false;
    }

    /**
     * "Rakosi-Gero" names both when both are known; "Molotov-Today" (a dash after a label) names
     * the first only.
     */
    private List<PersonName> doubleName(PersonName n) {
        List<PersonName> out = new ArrayList<>();
        for (String part : n.surname().split("-")) {
            if (!known.contains(Fold.fold(part))) break;
            out.add(new PersonName(part, part, List.of()));
        }
        return out;
    }

    /**
     * "Fidel Castro Ruz" beside a bare "Castro": a Spanish name ends with the second surname (the
     * mother's), and the surname is the word before it, the one the corpus uses alone, while it never
     * uses the last alone (the Soviet ambassadors' journals in Havana, WCDA: "Fidel CASTRO RUZ" stood as
     * a person "Ruz" beside "F. Castro"). Null for any other name.
     */
    private PersonName secondSurname(PersonName n) {
        if (n.given().size() != 2) return null;
        String first = n.given().get(1);
        if (PersonName.isInitial(first) || !usedAlone.contains(Fold.fold(first)) || usedAlone.contains(n.surnameKey())) return null;
        return new PersonName(n.written(), first, List.of(n.given().get(0)));
    }

    /**
     * Surname first where the corpus uses the first word alone and never the last ("Kovacs Bela"
     * beside a bare "Kovacs"), or, where the corpus does not say, where the name is East Asian
     * ("Liu Shaoqi", never written "Liu" alone: {@link FamilyFirst}). The last word used alone keeps
     * the name as written: the corpus's evidence wins over that rule. A Hungarian given name wins over
     * the corpus ({@link HungarianOrder}): a bare given name ("Zoltan") is no surname's evidence.
     */
    private PersonName ordered(PersonName n) {
        if (n.bare() || n.initialOnly()) return n;
        PersonName paternal = secondSurname(n);
        if (paternal != null) return paternal;
        PersonName flipped = n.surnameFirst();
        if (flipped == null) return n;
        // a Hungarian given name tells the order before the corpus does: "Tildy Zoltan" surname first and
        // "Zoltan Vas" as written, though a bare "Zoltan" stands somewhere
        if (HungarianOrder.surnameFirst(n)) return flipped;
        if (HungarianOrder.givenFirst(n) || usedAlone.contains(n.surnameKey())) return n;
        return usedAlone.contains(Fold.fold(n.given().get(0))) || FamilyFirst.written(n) ? flipped : n;
    }
}
