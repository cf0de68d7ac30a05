package org.fonds.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.fonds.deliberation.people.Assignment;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityEntry;
import org.fonds.error.InvalidRequestException;

/**
 * Undoing people change N, as a new change: every entry, every no-person form and every assignment
 * in one document that change N touched goes back to what it was before N. Refused when a later change touched the same entry or
 * form again (the editor reverts that one first), so a revert never silently undoes someone else's work.
 */
final class PeopleRevert {
    private PeopleRevert() {
    }

    static PeopleCorrection.Applied apply(Authority now, Integer n, IntFunction<Authority> version) {
        if (n == null || n < 1) throw new InvalidRequestException("bad-change", "which change to revert is a number from 1");
        Authority before = version.apply(n - 1);
        Authority after = version.apply(n);
        Map<String, AuthorityEntry> b = byId(before), a = byId(after), c = byId(now);
        Set<String> ids = new TreeSet<>(b.keySet());
        ids.addAll(a.keySet());
        ids.removeIf(id -> Objects.equals(b.get(id), a.get(id)));
        Set<String> forms = new TreeSet<>(before.notPeople());
        forms.addAll(after.notPeople());
        forms.removeIf(f -> before.notPeople().contains(f) == after.notPeople().contains(f));
        Set<Assignment> given = new LinkedHashSet<>(before.assignments());
        given.addAll(after.assignments());
        given.removeIf(g -> before.assignments().contains(g) == after.assignments().contains(g));
        if (ids.isEmpty() && forms.isEmpty() && given.isEmpty()) throw new InvalidRequestException("no-change", "change " + n + " changed nothing to undo");
        for (String id : ids) {
            if (!Objects.equals(c.get(id), a.get(id))) {
                throw new InvalidRequestException("changed-since", "a later change touched " + id + " again; revert that one first");
            }
        }
        for (String f : forms) {
            if (now.notPeople().contains(f) != after.notPeople().contains(f)) {
                throw new InvalidRequestException("changed-since", "a later change touched \"" + f + "\" again; revert that one first");
            }
        }
        for (Assignment g : given) {
            if (now.assignments().contains(g) != after.assignments().contains(g)) {
                throw new InvalidRequestException("changed-since", "a later change touched the mentions of " + g.person()
                        + " in document " + g.document() + " again; revert that one first");
            }
        }
        Map<String, AuthorityEntry> out = new LinkedHashMap<>(c);
        for (String id : ids) {
            if (b.containsKey(id)) out.put(id, b.get(id));
            else out.remove(id);
        }
        List<String> noOne = new ArrayList<>(now.notPeople());
        for (String f : forms) {
            if (before.notPeople().contains(f)) noOne.add(f);
            else noOne.remove(f);
        }
        List<Assignment> assigned = new ArrayList<>(now.assignments());
        for (Assignment g : given) {
            if (before.assignments().contains(g)) assigned.add(g);
            else assigned.remove(g);
        }
        return new PeopleCorrection.Applied(new Authority(List.copyOf(out.values()), now.distinct(), noOne, assigned), List.copyOf(ids),
                "undid change " + n);
    }

    private static Map<String, AuthorityEntry> byId(Authority a) {
        Map<String, AuthorityEntry> out = new LinkedHashMap<>();
        for (AuthorityEntry e : a.people()) out.put(e.id(), e);
        return out;
    }
}
