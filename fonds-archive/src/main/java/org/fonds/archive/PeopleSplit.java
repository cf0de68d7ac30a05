package org.fonds.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fonds.deliberation.people.Assignment;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityEntry;
import org.fonds.deliberation.people.Fold;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.people.PersonName;
import org.fonds.deliberation.read.Tables;
import org.fonds.error.InvalidRequestException;

/**
 * The corrections that move mentions from one person to another: a split (a new person takes some
 * documents and some forms of one person) and a gift (in one document, one mention goes to another
 * person). Both are per-document {@link Assignment}s in the corrections layer, with the people they
 * concern pinned as entries so their ids hold; a form that moves everywhere is an entry's form.
 */
final class PeopleSplit {
    private PeopleSplit() {
    }

    static PeopleCorrection.Applied split(PeopleCorrection c, Authority layer, Tables tables) {
        Person p = whole(tables, c.person());
        String name = c.value();
        if (name == null || name.isEmpty() || name.length() > PeopleCorrection.MAX_TEXT) {
            throw new InvalidRequestException("bad-name", "the new person's name is 1 to " + PeopleCorrection.MAX_TEXT + " characters");
        }
        PersonName parsed = PersonName.parse(name);
        if (parsed == null) {
            throw new InvalidRequestException("bad-name", "\"" + name + "\" does not read as a person's name (a surname, given names before it)");
        }
        if (c.documents().isEmpty() && c.forms().isEmpty()) {
            throw new InvalidRequestException("no-change", "a split takes at least one document or one name form to the new person");
        }
        for (String d : c.documents()) {
            if (!p.documents().contains(d)) throw new InvalidRequestException("bad-document", p.id() + " is not named in document " + d);
        }
        for (String f : c.forms()) {
            if (!p.forms().contains(f)) throw new InvalidRequestException("bad-form", "\"" + f + "\" is not one of the names of " + p.id());
            if (PeopleCorrection.same(f, p.preferredName())) {
                throw new InvalidRequestException("bad-form", "\"" + f + "\" is the name " + p.id() + " is filed under; rename them first");
            }
        }
        String id = freshId(parsed, layer, tables);
        List<AuthorityEntry> people = PeopleCorrection.without(layer, Set.of(p.id()));
        if (!holder(p)) {
            AuthorityEntry stays = PeopleCorrection.pinned(layer, p);
            people.add(stays.withForms(stays.forms().stream().filter(f -> c.forms().stream().noneMatch(m -> PeopleCorrection.same(m, f))).toList()));
        }
        people.add(new AuthorityEntry(id, name, PeopleCorrection.personForms(new LinkedHashSet<>(c.forms()), layer), null));
        List<Assignment> given = new ArrayList<>(layer.assignments());
        for (String d : c.documents()) given.add(new Assignment(d, p.forms(), id, null));
        String what = (c.documents().isEmpty() ? "" : " documents " + String.join(", ", c.documents()))
                + (c.forms().isEmpty() ? "" : (c.documents().isEmpty() ? "" : ";") + " forms " + String.join(", ", c.forms()));
        return new PeopleCorrection.Applied(new Authority(people, layer.distinct(), layer.notPeople(), given), List.of(p.id(), id),
                "split " + name + " (" + id + ") from " + p.preferredName() + " (" + p.id() + "):" + what);
    }

    static PeopleCorrection.Applied give(PeopleCorrection c, Authority layer, Tables tables) {
        Person from = whole(tables, c.person());
        if (c.other() == null || c.other().isBlank()) throw new InvalidRequestException("bad-person", "to whom is missing");
        Person to = PeopleCorrection.person(tables, c.other());
        if (from.id().equals(to.id())) throw new InvalidRequestException("no-change", "the mention is already read as " + to.id());
        if (holder(to)) throw new InvalidRequestException("bad-person", to.id() + " holds unresolved mentions: give the mention to one person");
        if (c.documents().size() != 1) throw new InvalidRequestException("bad-document", "a mention is given in one document");
        String d = c.documents().getFirst();
        if (!from.documents().contains(d)) throw new InvalidRequestException("bad-document", from.id() + " is not named in document " + d);
        if (c.forms().size() != 1 || !from.forms().contains(c.forms().getFirst())) {
            throw new InvalidRequestException("bad-form", "which of the names of " + from.id() + " is given is missing or not theirs");
        }
        String form = c.forms().getFirst();
        List<AuthorityEntry> people = PeopleCorrection.without(layer, Set.of(to.id()));
        people.add(PeopleCorrection.pinned(layer, to));
        List<Assignment> given = new ArrayList<>(layer.assignments());
        given.add(new Assignment(d, List.of(form), to.id(), null));
        return new PeopleCorrection.Applied(new Authority(people, layer.distinct(), layer.notPeople(), given), List.of(from.id(), to.id()),
                "\"" + form + "\" in document " + d + " is " + to.preferredName() + " (" + to.id() + "), not " + from.preferredName()
                        + " (" + from.id() + ")");
    }

    /**
     * Whether {@code p} is the holder of a shared surname's unresolved mentions (its id the bare
     * surname, every form bare): no one person, so never pinned as an entry nor given mentions.
     */
    static boolean holder(Person p) {
        return p.ambiguous() && p.forms().stream().allMatch(PeopleCorrection::bare);
    }

    private static Person whole(Tables tables, String id) {
        PeopleCorrection.person(tables, id);
        return tables.wholePerson(id).orElseThrow();
    }

    /** The slug of the new name ("zhukov-georgy"), numbered when the tables or the layer already have it. */
    private static String freshId(PersonName name, Authority layer, Tables tables) {
        String base = Fold.slug(name.surname(), String.join(" ", name.given()));
        if (base.isEmpty()) throw new InvalidRequestException("bad-name", "the name gives no id (letters or digits)");
        String id = base;
        for (int n = 2; tables.person(id).isPresent() || PeopleCorrection.entry(layer, id).isPresent(); n++) id = base + "-" + n;
        return id;
    }
}
