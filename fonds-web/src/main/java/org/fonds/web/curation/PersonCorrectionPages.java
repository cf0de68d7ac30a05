package org.fonds.web.curation;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.fonds.archive.Archive;
import org.fonds.archive.PeopleChange;
import org.fonds.archive.PeopleCorrection;
import org.fonds.deliberation.people.Assignment;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityEntry;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.Heading;
import org.fonds.deliberation.read.Tables;
import org.fonds.error.InvalidRequestException;
import org.fonds.error.NotFoundException;

/**
 * Corrections of people (issue 17): a person's correction form (rename, merge into another, a name
 * form that is no person, split off a new person, give one mention to another person, describe
 * them), the public changes pages (one person's, everyone's) with each change's
 * difference, and the changes an editor sends, each through the {@link Gate}. Thin: the archive
 * checks and writes ({@link Archive#correctPeople}).
 */
final class PersonCorrectionPages {
    /** How many of a person's documents the correction form lists; others are given by id. */
    static final int LISTED = 500;
    private final Archive archive;
    private final Gate gate;
    private final Object writing;

    PersonCorrectionPages(Archive archive, Gate gate, Object writing) {
        this.archive = archive;
        this.gate = gate;
        this.writing = writing;
    }

    void form(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Gate.Editor> e = gate.formEditor(ctx, "/curation/people/" + enc(id));
        if (e.isEmpty()) return;
        PeopleViews.Correct view;
        try (Tables t = archive.tables(Optional.empty(), line -> { })) {
            Person p = t.person(id).orElseThrow(() -> new NotFoundException("No person '" + id + "'"));
            // a member of a standing body is named in thousands of records: the form lists the first ones only
            List<String> listed = t.documents(p.id(), 0, LISTED);
            Map<String, Heading> headings = t.headings(listed);
            List<PeopleViews.Document> documents = new ArrayList<>();
            for (String d : listed) {
                Heading h = headings.get(d);
                documents.add(new PeopleViews.Document(d, h == null || h.title() == null ? d : h.title(), h == null ? null : h.date()));
            }
            String editors = Person.BY_EDITOR.equals(p.describedBy()) ? p.description() : "";
            view = new PeopleViews.Correct(p.id(), p.preferredName(), p.forms(), documents, t.documentCount(p.id()), editors,
                    e.get().session().csrf(), e.get().account().name());
        }
        Pages.render(ctx, "correct-person.jte", view);
    }

    void rename(Context ctx) {
        send(ctx, PeopleCorrection.rename(ctx.pathParam("id"), ctx.formParam("name"), ctx.formParam("reason")), ctx.pathParam("id"));
    }

    void merge(Context ctx) {
        String into = Objects.requireNonNullElse(ctx.formParam("into"), "").strip();
        send(ctx, PeopleCorrection.merge(ctx.pathParam("id"), into, ctx.formParam("reason")), into);
    }

    void notAPerson(Context ctx) {
        send(ctx, PeopleCorrection.notAPerson(ctx.pathParam("id"), ctx.formParam("form"), ctx.formParam("reason")), ctx.pathParam("id"));
    }

    /** A new person takes the documents ticked (every mention of this person there) and the forms ticked (everywhere). */
    void split(Context ctx) {
        String id = ctx.pathParam("id");
        List<String> documents = new ArrayList<>(ctx.formParams("document"));
        String more = ctx.formParam("more-documents");
        if (more != null) documents.addAll(List.of(more.strip().split("[\\s,]+")));
        send(ctx, PeopleCorrection.split(id, ctx.formParam("name"), documents, ctx.formParams("form"), ctx.formParam("reason")), id);
    }

    /** In one document, one mention of this person goes to another. */
    void give(Context ctx) {
        String to = Objects.requireNonNullElse(ctx.formParam("to"), "").strip();
        send(ctx, PeopleCorrection.give(ctx.pathParam("id"), ctx.formParam("document"), ctx.formParam("form"), to, ctx.formParam("reason")), to);
    }

    void describe(Context ctx) {
        send(ctx, PeopleCorrection.describe(ctx.pathParam("id"), ctx.formParam("description"), ctx.formParam("reason")), ctx.pathParam("id"));
    }

    void revert(Context ctx) {
        Gate.Editor e = gate.change(ctx);
        int n;
        try {
            n = Integer.parseInt(String.valueOf(ctx.formParam("change")));
        } catch (NumberFormatException x) {
            throw new InvalidRequestException("bad-change", "which change to revert is a number");
        }
        synchronized (writing) {
            archive.correctPeople(PeopleCorrection.revert(n, ctx.formParam("reason")), e.account());
        }
        String back = ctx.formParam("person");
        ctx.redirect(back == null || back.isBlank() ? "/changes/people" : "/changes/people/" + enc(back), HttpStatus.SEE_OTHER);
    }

    private void send(Context ctx, PeopleCorrection c, String landing) {
        Gate.Editor e = gate.change(ctx);
        synchronized (writing) {
            archive.correctPeople(c, e.account());
        }
        ctx.redirect("/changes/people/" + enc(landing), HttpStatus.SEE_OTHER);
    }

    /** One person's changes ({@code /changes/people/{id}}): also those of a person merged away since. */
    void changes(Context ctx) {
        String id = ctx.pathParam("id");
        String name = person(id, true).map(Person::preferredName).orElse(id);
        render(ctx, id, name, archive.peopleChanges().stream().filter(c -> c.concerns(id)).toList());
    }

    /** Every people change ({@code /changes/people}). */
    void all(Context ctx) {
        render(ctx, null, null, archive.peopleChanges());
    }

    private void render(Context ctx, String id, String name, List<PeopleChange> found) {
        List<PeopleViews.Change> changes = new ArrayList<>();
        for (PeopleChange c : found.reversed()) changes.add(view(c));
        Optional<Gate.Editor> e = gate.signedIn(ctx);
        Pages.render(ctx, "people-changes.jte", new PeopleViews.Changes(id, name, changes, e.map(x -> x.session().csrf()).orElse(null),
                e.map(x -> x.account().name()).orElse(null), e.map(x -> x.account().role().canEdit()).orElse(false), gate.editingOn()));
    }

    /** A change with its difference: the entries of the corrections layer it changed, as they read before and after. */
    private PeopleViews.Change view(PeopleChange c) {
        Authority before = archive.peopleLayer(c.n() - 1), after = archive.peopleLayer(c.n());
        Map<String, String> b = lines(before), a = lines(after);
        List<String> removed = new ArrayList<>(), added = new ArrayList<>();
        b.forEach((k, v) -> {
            if (!v.equals(a.get(k))) removed.add(v);
        });
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) added.add(v);
        });
        return new PeopleViews.Change(c.n(), c.at(), c.editor(), c.action(), c.summary(), c.reason(), c.reverts(), removed, added);
    }

    private static Map<String, String> lines(Authority layer) {
        Map<String, String> out = new TreeMap<>();
        for (AuthorityEntry e : layer.people()) {
            out.put("p:" + e.id(), e.preferredName() + " (" + e.id() + "): " + String.join(", ", e.forms()));
            if (e.description() != null) out.put("d:" + e.id(), e.preferredName() + " (" + e.id() + ") described: " + e.description());
        }
        for (String f : layer.notPeople()) out.put("n:" + f, "\"" + f + "\" is no person");
        for (Assignment g : layer.assignments()) {
            String line = "in document " + g.document() + ", " + String.join(", ", g.forms()) + " means " + g.person();
            out.put("a:" + line, line);
        }
        return out;
    }

    private Person person(String id) {
        return person(id, false).orElseThrow(() -> new NotFoundException("No person '" + id + "'"));
    }

    private Optional<Person> person(String id, boolean quiet) {
        try (Tables t = archive.tables(Optional.empty(), line -> { })) {
            return t.person(id);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
