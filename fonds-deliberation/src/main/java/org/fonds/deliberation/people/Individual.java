package org.fonds.deliberation.people;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** A person while {@link People} is being worked out: the keys and forms that mean them so far. */
final class Individual {
    final String surnameKey;
    final AuthorityEntry entry;
    final boolean holder;
    final Set<String> keys = new TreeSet<>();
    /** The surname keys whose resolution this person depends on: their own, and those of the forms that mean them. */
    final Set<String> surnames = new TreeSet<>();
    final Set<String> givenFirsts = new TreeSet<>();
    final Set<String> forms = new TreeSet<>();
    /** How the corpus read each form of this person (surname first or not), by form. */
    final java.util.Map<String, PersonName> names = new java.util.TreeMap<>();
    final Set<Role> roles = EnumSet.noneOf(Role.class);
    /**
     * The roles in each document, by document id: the person's documents. Not sorted here: resolution
     * adds a document for each person it names, and keeping a tree of up to every document in order
     * was a third of who is who over 100,000 records (issue 14); {@link People} sorts them once.
     */
    final java.util.Map<String, Set<Role>> rolesByDocument = new java.util.HashMap<>();
    String id;
    /** Who the person is, as the first translator's note that says so puts it; null when none. */
    String description;
    /** Forms the text says stand for this person ("Filippov [Stalin]"), shown as pseudonyms. */
    final Set<String> pseudonyms = new TreeSet<>();
    /** The document {@link #inDocument} was last asked for, and its roles: a document names a person several times in a row. */
    private String lastDocument;
    private Set<Role> lastRoles;

    /**
     * The roles of this person in {@code documentId}, the document now one of theirs. The last document
     * asked for is kept: resolution asks for each occurrence, and a document names a person several times.
     */
    Set<Role> inDocument(String documentId) {
        if (!documentId.equals(lastDocument)) {
            lastRoles = rolesByDocument.computeIfAbsent(documentId, k -> EnumSet.noneOf(Role.class));
            lastDocument = documentId;
        }
        return lastRoles;
    }

    Individual(String surnameKey, AuthorityEntry entry, boolean holder) {
        this.surnameKey = surnameKey;
        this.entry = entry;
        this.holder = holder;
        surnames.add(surnameKey);
    }

    void add(PersonName name) {
        keys.add(name.key());
        surnames.add(name.surnameKey());
        if (!name.bare()) givenFirsts.add(name.firstGiven());
    }

    /** True when {@code initial} ("j") may abbreviate one of this person's given names. */
    boolean fitsInitial(String initial) {
        for (String g : givenFirsts) {
            if (g.startsWith(initial)) return true;
        }
        return false;
    }

    /** The preferred name: the authority's, else the fullest form seen, accented spellings first. */
    String preferredName() {
        if (entry != null) return entry.preferredName();
        PersonName best = preferredPersonName();
        if (best == null) return null;
        // an East Asian name is shown as written, family name first ("Liu Shaoqi"): the way a reader and person: search know it
        return FamilyFirst.read(best) ? best.surname() + " " + String.join(" ", best.given()) : best.plain();
    }

    /** The fullest name seen as the corpus read it, accented spellings first; null when none. */
    PersonName preferredPersonName() {
        PersonName best = null;
        for (String form : forms) {
            PersonName n = names.containsKey(form) ? names.get(form) : PersonName.parse(form);
            if (n != null && (best == null || better(n, best))) best = n;
        }
        return best;
    }

    private boolean better(PersonName a, PersonName b) {
        return better(a.plain(), rank(a), b.plain(), rank(b));
    }

    /**
     * A form of address ("Yegor Kuzmich [Ligachev]") names the man but is no name to file him under:
     * below a bare surname. Only where its last word is not the person's surname: "Ferenc Munnich"
     * ends as a patronymic does and is a name.
     */
    private int rank(PersonName n) {
        if (n.namePatronymic() && !n.surnameKey().equals(surnameKey)) return -1;
        return n.bare() ? 0 : n.initialOnly() ? 1 : 2;
    }

    private static boolean better(String a, int rankA, String b, int rankB) {
        int c = Integer.compare(rankA, rankB);
        // "Ho Chi Minh" before "HO CHI MINH": a heading's capitals are not the name's spelling
        if (c == 0) c = Boolean.compare(!capitals(a), !capitals(b));
        if (c == 0) c = Integer.compare(accents(a), accents(b));
        if (c == 0) c = Integer.compare(a.length(), b.length());
        return c > 0 || (c == 0 && a.compareTo(b) < 0);
    }

    private static boolean capitals(String s) {
        return s.equals(s.toUpperCase(java.util.Locale.ROOT)) && !s.equals(s.toLowerCase(java.util.Locale.ROOT));
    }

    private static int accents(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) count++;
        }
        return count;
    }
}
