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
    final Set<String> givenFirsts = new TreeSet<>();
    final Set<String> forms = new TreeSet<>();
    final Set<Role> roles = EnumSet.noneOf(Role.class);
    final Set<String> documents = new TreeSet<>();
    String id;

    Individual(String surnameKey, AuthorityEntry entry, boolean holder) {
        this.surnameKey = surnameKey;
        this.entry = entry;
        this.holder = holder;
    }

    void add(PersonName name) {
        keys.add(name.key());
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
        String best = null;
        for (String form : forms) {
            PersonName n = PersonName.parse(form);
            if (n != null && (best == null || better(n.plain(), best))) best = n.plain();
        }
        return best;
    }

    private static boolean better(String a, String b) {
        int c = Integer.compare(fullGiven(a), fullGiven(b));
        if (c == 0) c = Integer.compare(accents(a), accents(b));
        if (c == 0) c = Integer.compare(a.length(), b.length());
        return c > 0 || (c == 0 && a.compareTo(b) < 0);
    }

    private static int fullGiven(String plain) {
        PersonName n = PersonName.parse(plain);
        return n == null || n.bare() ? 0 : n.initialOnly() ? 1 : 2;
    }

    private static int accents(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) count++;
        }
        return count;
    }
}
