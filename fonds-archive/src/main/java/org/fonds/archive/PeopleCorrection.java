package org.fonds.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityEntry;
import org.fonds.deliberation.people.Fold;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.people.PersonName;
import org.fonds.deliberation.read.Tables;
import org.fonds.error.InvalidRequestException;
import org.fonds.error.NotFoundException;

/**
 * What an editor asks of the people (issue 17), expressed as a change of the corrections layer of
 * the authority (entries, forms that are no person, assignments in one document) that resolution
 * obeys: merge person {@code person} into {@code other}; rename {@code person} to {@code value};
 * mark the name form {@code value} as no person; split from {@code person} a new person called
 * {@code value}, taking {@code documents} and {@code forms}; give the mentions {@code forms} in
 * {@code documents} (one) to {@code other}; describe {@code person} as {@code value}; or undo people
 * change {@code reverts}. Checked against the tables as they are, before anything is written, so a
 * refused change writes nothing.
 */
public record PeopleCorrection(Action action, String person, String other, String value, String reason, Integer reverts,
                               List<String> documents, List<String> forms) {
    /** Longest reason or name kept. */
    public static final int MAX_TEXT = 2_000;

    public enum Action { MERGE, RENAME, NOT_A_PERSON, SPLIT, GIVE, DESCRIBE, REVERT }

    public PeopleCorrection {
        Objects.requireNonNull(action, "action");
        documents = documents == null ? List.of() : documents.stream().map(String::strip).filter(d -> !d.isEmpty()).distinct().toList();
        forms = forms == null ? List.of() : forms.stream().map(String::strip).filter(f -> !f.isEmpty()).distinct().toList();
        reason = reason == null ? "" : reason.strip();
        value = value == null ? null : value.strip();
    }

    public PeopleCorrection(Action action, String person, String other, String value, String reason, Integer reverts) {
        this(action, person, other, value, reason, reverts, List.of(), List.of());
    }

    public static PeopleCorrection merge(String from, String into, String reason) {
        return new PeopleCorrection(Action.MERGE, from, into, null, reason, null);
    }

    public static PeopleCorrection rename(String id, String name, String reason) {
        return new PeopleCorrection(Action.RENAME, id, null, name, reason, null);
    }

    public static PeopleCorrection notAPerson(String id, String form, String reason) {
        return new PeopleCorrection(Action.NOT_A_PERSON, id, null, form, reason, null);
    }

    /** A new person called {@code name} takes {@code documents} (every mention of {@code id} there) and {@code forms} (everywhere). */
    public static PeopleCorrection split(String id, String name, List<String> documents, List<String> forms, String reason) {
        return new PeopleCorrection(Action.SPLIT, id, null, name, reason, null, documents, forms);
    }

    /** In {@code document}, the mention {@code form} now read as {@code from} means {@code to}. */
    public static PeopleCorrection give(String from, String document, String form, String to, String reason) {
        return new PeopleCorrection(Action.GIVE, from, to, null, reason, null,
                document == null ? List.of() : List.of(document), form == null ? List.of() : List.of(form));
    }

    /** An editor's note identifying {@code id}, shown as their description; empty takes it away. */
    public static PeopleCorrection describe(String id, String description, String reason) {
        return new PeopleCorrection(Action.DESCRIBE, id, null, description == null ? "" : description, reason, null);
    }

    public static PeopleCorrection revert(int change, String reason) {
        return new PeopleCorrection(Action.REVERT, null, null, null, reason, change);
    }

    /** The new layer and what the change says of itself: the people it concerns and a line for people. */
    record Applied(Authority layer, List<String> people, String summary) {
    }

    /** Applies this change to {@code layer}, the corrections as stored now, given the people the tables show. */
    Applied applyTo(Authority layer, Tables tables, java.util.function.IntFunction<Authority> version) {
        if (reason.isEmpty() || reason.length() > MAX_TEXT) {
            throw new InvalidRequestException("bad-reason", "a correction says why, in 1 to " + MAX_TEXT + " characters");
        }
        return switch (action) {
            case MERGE -> merge(layer, tables);
            case RENAME -> rename(layer, tables);
            case NOT_A_PERSON -> notAPerson(layer, tables);
            case SPLIT -> PeopleSplit.split(this, layer, tables);
            case GIVE -> PeopleSplit.give(this, layer, tables);
            case DESCRIBE -> describe(layer, tables);
            case REVERT -> PeopleRevert.apply(layer, reverts, version);
        };
    }

    /** Every form of {@code from} becomes a form of {@code into}, which keeps its id and name. */
    private Applied merge(Authority layer, Tables tables) {
        Person from = person(tables, person);
        Person into = person(tables, other);
        if (from.id().equals(into.id())) throw new InvalidRequestException("no-change", "a person cannot be merged into themselves");
        Set<String> forms = new LinkedHashSet<>(entryForms(layer, into));
        forms.addAll(into.forms());
        forms.addAll(entryForms(layer, from));
        forms.addAll(from.forms());
        AuthorityEntry merged = pinned(layer, into).withForms(personForms(forms, layer));
        List<AuthorityEntry> people = without(layer, Set.of(from.id(), into.id()));
        people.add(merged);
        return new Applied(new Authority(people, layer.distinct(), layer.notPeople(), layer.assignments()), List.of(from.id(), into.id()),
                "merged " + from.preferredName() + " (" + from.id() + ") into " + into.preferredName() + " (" + into.id() + ")");
    }

    private Applied rename(Authority layer, Tables tables) {
        Person p = person(tables, person);
        if (value == null || value.isEmpty() || value.length() > MAX_TEXT) {
            throw new InvalidRequestException("bad-name", "a preferred name is 1 to " + MAX_TEXT + " characters");
        }
        if (PersonName.parse(value) == null) {
            throw new InvalidRequestException("bad-name", "\"" + value + "\" does not read as a person's name (a surname, given names before it)");
        }
        if (value.equals(p.preferredName())) throw new InvalidRequestException("no-change", "the person is already called so");
        Set<String> forms = new LinkedHashSet<>(entryForms(layer, p));
        forms.addAll(p.forms());
        List<AuthorityEntry> people = without(layer, Set.of(p.id()));
        AuthorityEntry was = pinned(layer, p);
        people.add(new AuthorityEntry(p.id(), value, personForms(forms, layer), was.note(), was.description()));
        return new Applied(new Authority(people, layer.distinct(), layer.notPeople(), layer.assignments()), List.of(p.id()),
                "renamed " + p.preferredName() + " (" + p.id() + ") to " + value);
    }

    /** The form is no person; every entry of the layer loses it. */
    private Applied notAPerson(Authority layer, Tables tables) {
        Person p = person(tables, person);
        if (value == null || p.forms().stream().noneMatch(value::equals)) {
            throw new InvalidRequestException("bad-form", "\"" + value + "\" is not one of the names of " + p.id());
        }
        List<String> noOne = new ArrayList<>(layer.notPeople());
        noOne.add(value);
        List<AuthorityEntry> people = new ArrayList<>();
        for (AuthorityEntry e : layer.people()) {
            people.add(e.withForms(e.forms().stream().filter(f -> !same(f, value)).toList()));
        }
        return new Applied(new Authority(people, layer.distinct(), noOne, layer.assignments()), List.of(p.id()),
                "\"" + value + "\" marked as no person (was a name of " + p.preferredName() + ", " + p.id() + ")");
    }

    /** Who the person is, in the editor's words: the entry's description, which wins over a translator's note. */
    private Applied describe(Authority layer, Tables tables) {
        Person p = person(tables, person);
        if (value.length() > MAX_TEXT) throw new InvalidRequestException("bad-description", "a description is at most " + MAX_TEXT + " characters");
        if (PeopleSplit.holder(p)) throw new InvalidRequestException("bad-person", p.id() + " holds unresolved mentions, not one person");
        AuthorityEntry was = pinned(layer, p);
        String now = value.isEmpty() ? null : value;
        if (Objects.equals(now, was.description())) throw new InvalidRequestException("no-change", "the person is already described so");
        List<AuthorityEntry> people = without(layer, Set.of(p.id()));
        people.add(new AuthorityEntry(was.id(), was.preferredName(), was.forms(), was.note(), now));
        return new Applied(new Authority(people, layer.distinct(), layer.notPeople(), layer.assignments()), List.of(p.id()),
                now == null ? "took the editor's description of " + p.preferredName() + " (" + p.id() + ") away"
                        : "described " + p.preferredName() + " (" + p.id() + ")");
    }

    /**
     * The layer's entry of {@code p}, or one made from what the tables show of them (id, name, every
     * form; a bare surname shared with others left out, so pinning a person gives them no mention the
     * rules did not), which keeps their id whatever later changes do to the forms they are seen in.
     */
    static AuthorityEntry pinned(Authority layer, Person p) {
        return entry(layer, p.id()).orElseGet(() -> new AuthorityEntry(p.id(), p.preferredName(),
                personForms(new LinkedHashSet<>(p.forms().stream().filter(f -> !(p.ambiguous() && bare(f))).toList()), layer), null));
    }

    static boolean bare(String form) {
        PersonName n = PersonName.parse(form);
        return n == null || n.bare();
    }

    static Person person(Tables tables, String id) {
        if (id == null) throw new InvalidRequestException("bad-person", "which person is missing");
        return tables.person(id).orElseThrow(() -> new NotFoundException("no person '" + id + "'"));
    }

    private static List<String> entryForms(Authority layer, Person p) {
        return entry(layer, p.id()).map(AuthorityEntry::forms).orElse(List.of());
    }

    static Optional<AuthorityEntry> entry(Authority layer, String id) {
        return layer.people().stream().filter(e -> e.id().equals(id)).findFirst();
    }



    static List<AuthorityEntry> without(Authority layer, Set<String> ids) {
        List<AuthorityEntry> out = new ArrayList<>();
        for (AuthorityEntry e : layer.people()) if (!ids.contains(e.id())) out.add(e);
        return out;
    }

    /**
     * The forms resolution can read as a name, less those marked as no person: an entry's form that
     * names no one would stop the whole tables (the hand-written file's rule), so it is left out here.
     */
    static List<String> personForms(Set<String> forms, Authority layer) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String f : forms) {
            if (PersonName.parse(f) == null) continue;
            if (layer.notPeople().stream().anyMatch(n -> same(n, f))) continue;
            if (seen.add(f)) out.add(f);
        }
        return out;
    }

    static boolean same(String a, String b) {
        return Fold.fold(a).equals(Fold.fold(b));
    }
}
