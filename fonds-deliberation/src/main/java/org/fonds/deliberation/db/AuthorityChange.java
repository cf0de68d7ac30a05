package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fonds.deliberation.people.Assignment;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityEntry;
import org.fonds.deliberation.people.Distinction;

/**
 * What a change of the authority (an editor's people correction: merge, rename, not a person, split,
 * give, describe, revert) can reach, found by comparing the authority before with the one after, so
 * that it holds for any correction, present or to come, without knowing its kind: the forms and the
 * preferred name of every entry that differs in any field (both versions, with the forms the tables now give that entry's id),
 * of every distinction and assignment found in one and not the other, and of every assignment to an
 * entry that differs, and every form marked or no longer marked as no person; and the documents of those assignments, whose rows a per-document
 * reading ({@code People.idIn}) changes even where the form's person across the corpus stays.
 * The forms seed {@link PeopleScope} as a changed document's forms do; the readings the new authority
 * flips elsewhere are found there by the diff of readings, as for any change.
 */
record AuthorityChange(Set<String> forms, Set<String> documents, Set<String> people) {
    static AuthorityChange between(Authority before, Authority after) {
        Set<String> forms = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        Map<String, AuthorityEntry> was = byId(before.people());
        Map<String, AuthorityEntry> is = byId(after.people());
        Set<String> all = new TreeSet<>(was.keySet());
        all.addAll(is.keySet());
        for (String id : all) {
            AuthorityEntry a = was.get(id);
            AuthorityEntry b = is.get(id);
            if (a != null && a.equals(b)) continue;
            ids.add(id);
            // the preferred name is read as one more form of the entry
            if (a != null) forms.addAll(entryForms(a));
            if (b != null) forms.addAll(entryForms(b));
        }
        for (Distinction d : symmetric(before.distinct(), after.distinct())) forms.addAll(d.forms());
        forms.addAll(symmetric(before.notPeople(), after.notPeople()));
        Set<String> documents = new TreeSet<>();
        Set<String> changedEntries = Set.copyOf(ids);
        for (Assignment a : symmetric(before.assignments(), after.assignments())) {
            forms.addAll(a.forms());
            documents.add(a.document());
            ids.add(a.person());
        }
        // an assignment kept as it was still changes where the entry it gives its forms to changed (merged
        // away, renamed): "Maslova" in one document given to an entry a merge took into another
        for (Assignment a : both(before.assignments(), after.assignments())) {
            if (!changedEntries.contains(a.person())) continue;
            forms.addAll(a.forms());
            documents.add(a.document());
        }
        return new AuthorityChange(forms, documents, ids);
    }

    /**
     * The forms the change reaches with those the tables give the people it names: a person the corpus
     * made may hold forms no entry lists, and a merge or rename moves them all.
     */
    Set<String> withHeld(Connection c) throws SQLException {
        return Lookups.each(c, "SELECT form FROM forms WHERE person_id = ?", people, new TreeSet<>(forms));
    }

    /** A digest of everything {@code authority} says, in its file format: equal digests, the same authority. */
    static String fingerprint(Authority authority) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(org.fonds.deliberation.people.AuthorityFile.json(authority).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static List<String> entryForms(AuthorityEntry e) {
        List<String> out = new java.util.ArrayList<>(e.forms());
        if (e.preferredName() != null) out.add(e.preferredName());
        return out;
    }

    private static Map<String, AuthorityEntry> byId(List<AuthorityEntry> entries) {
        Map<String, AuthorityEntry> out = new TreeMap<>();
        for (AuthorityEntry e : entries) out.put(e.id(), e);
        return out;
    }

    private static <T> Set<T> both(List<T> a, List<T> b) {
        Set<T> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static <T> Set<T> symmetric(List<T> a, List<T> b) {
        Set<T> out = new HashSet<>(a);
        out.addAll(b);
        Set<T> both = new HashSet<>(a);
        both.retainAll(new HashSet<>(b));
        out.removeAll(both);
        return out;
    }
}
