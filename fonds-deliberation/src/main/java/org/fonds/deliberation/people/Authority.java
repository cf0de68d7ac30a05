package org.fonds.deliberation.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What editors assert about people: entries (id, preferred name, forms) and distinctions. The
 * corpus adds what it shows; where the two disagree the authority wins. Stored as JSON by
 * {@link AuthorityFile}; the format is described in {@code README-authority.md}.
 */
public record Authority(List<AuthorityEntry> people, List<Distinction> distinct, List<String> notPeople,
                        List<Assignment> assignments) {
    public Authority {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        people = people == null ? List.of() : List.copyOf(people);
        distinct = distinct == null ? List.of() : List.copyOf(distinct);
        notPeople = notPeople == null ? List.of() : List.copyOf(notPeople);
        Set<String> ids = new HashSet<>();
        for (AuthorityEntry e : people) {
            if (!ids.add(e.id())) throw new IllegalArgumentException("person id used twice (got: " + e.id() + ")");
        }
    }

    public Authority(List<AuthorityEntry> people, List<Distinction> distinct, List<String> notPeople) {
        this(people, distinct, notPeople, List.of());
    }

    public Authority(List<AuthorityEntry> people, List<Distinction> distinct) {
        this(people, distinct, List.of());
    }

    /**
     * This authority with editors' corrections laid over it; the corrections win. A corrected entry
     * replaces the entry of the same id, and a form it claims is taken from every other entry (a
     * merge made in the browser beats a hand-written list). Distinctions of both are kept. Forms are
     * compared folded (case and diacritics), as resolution compares them. Assignments of both are
     * kept, the corrections' after the hand-written (for one document and form, the later one wins).
     */
    public Authority overlay(Authority corrections) {
        Set<String> claimedIds = new HashSet<>();
        Set<String> claimedForms = new HashSet<>();
        // a form an editor marked as no person is taken from every entry, as a claimed one is
        corrections.notPeople().forEach(f -> claimedForms.add(Fold.fold(f)));
        for (AuthorityEntry e : corrections.people()) {
            claimedIds.add(e.id());
            e.forms().forEach(f -> claimedForms.add(Fold.fold(f)));
        }
        List<AuthorityEntry> merged = new java.util.ArrayList<>();
        for (AuthorityEntry e : people) {
            if (claimedIds.contains(e.id())) continue;
            List<String> kept = e.forms().stream().filter(f -> !claimedForms.contains(Fold.fold(f))).toList();
            if (!kept.isEmpty() || e.forms().isEmpty()) merged.add(e.withForms(kept));
        }
        merged.addAll(corrections.people());
        List<Distinction> both = new java.util.ArrayList<>(distinct);
        both.addAll(corrections.distinct());
        List<String> noOne = new java.util.ArrayList<>(notPeople);
        noOne.addAll(corrections.notPeople());
        List<Assignment> given = new java.util.ArrayList<>(assignments);
        given.addAll(corrections.assignments());
        return new Authority(merged, both, noOne, given);
    }

    public static Authority empty() {
        return new Authority(List.of(), List.of(), List.of(), List.of());
    }

    /** The authority shipped for the people of the sample records. */
    public static Authority sample() {
        try (InputStream in = Authority.class.getResourceAsStream("/org/fonds/deliberation/sample-authority.json")) {
            if (in == null) throw new IllegalStateException("sample-authority.json is missing from the classpath");
            return AuthorityFile.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
