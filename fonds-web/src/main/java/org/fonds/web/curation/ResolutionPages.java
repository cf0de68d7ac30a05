package org.fonds.web.curation;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fonds.archive.Archive;
import org.fonds.archive.ResolutionCorrection;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SessionReader;
import org.fonds.error.InvalidRequestException;
import org.fonds.error.NotFoundException;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.ResolutionCorrections;

/**
 * The form correcting a record's decisions and tasks (issue 17) and the change it sends: add one,
 * remove one, edit one (its text; a task's people too), each with a reason. Thin: the archive checks
 * and writes ({@link Archive#correct}); the item changed is named by its text as the record reads
 * now (with the corrections laid over), never by the form's hidden copy of the names.
 *
 * <pre>
 * GET  /curation/documents/{id}/resolutions   the form (signed in, may edit)
 * POST /curation/documents/{id}/resolutions   field=decision|task, action=add|edit|remove, before, text, names, reason
 * </pre>
 */
final class ResolutionPages {
    private final Archive archive;
    private final Gate gate;
    /** Shared with the other correction pages: one correction at a time from this server. */
    private final Object writing;

    ResolutionPages(Archive archive, Gate gate, Object writing) {
        this.archive = archive;
        this.gate = gate;
        this.writing = writing;
    }

    void form(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Gate.Editor> e = gate.formEditor(ctx, URLEncoder.encode("/curation/documents/" + id + "/resolutions", StandardCharsets.UTF_8));
        if (e.isEmpty()) return;
        ArchiveRecord r = record(id);
        Session s = SessionReader.read(r);
        List<ResolutionViews.Item> decisions = s.decisions().stream()
                .map(d -> new ResolutionViews.Item("decision", d.text(), "", d.correctedBy())).toList();
        List<ResolutionViews.Item> tasks = s.tasks().stream()
                .map(t -> new ResolutionViews.Item("task", t.text(), String.join("\n", t.names()), t.correctedBy())).toList();
        Pages.render(ctx, "resolutions.jte", new ResolutionViews.Form(id, r.title(), decisions, tasks,
                e.get().session().csrf(), e.get().account().name()));
    }

    void correct(Context ctx) {
        Gate.Editor e = gate.change(ctx);
        String id = ctx.pathParam("id");
        String field = String.valueOf(ctx.formParam("field"));
        String action = String.valueOf(ctx.formParam("action"));
        if (!ResolutionCorrections.isField(field)) throw new InvalidRequestException("bad-correction", "field is decision or task; nothing was changed");
        synchronized (writing) {
            List<String> given = ResolutionCorrections.value(Optional.ofNullable(ctx.formParam("text")).orElse(""), names(ctx.formParam("names")));
            if (field.equals(ResolutionCorrections.DECISION)) given = given.subList(0, 1);
            String reason = ctx.formParam("reason");
            ResolutionCorrection change = switch (action) {
                case "add" -> ResolutionCorrection.add(id, field, given, reason);
                case "edit" -> ResolutionCorrection.edit(id, field, current(id, field, ctx.formParam("before")), given, reason);
                case "remove" -> ResolutionCorrection.remove(id, field, current(id, field, ctx.formParam("before")), reason);
                default -> throw new InvalidRequestException("bad-correction", "action is add, edit or remove; nothing was changed");
            };
            archive.correct(change, e.account());
        }
        ctx.redirect("/changes/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    /** The decision or task of {@code field} whose text is {@code before}, as the record reads now: its text, then a task's names. */
    private List<String> current(String id, String field, String before) {
        String key = ResolutionCorrections.key(before == null ? "" : before);
        Session s = SessionReader.read(record(id));
        List<List<String>> items = new ArrayList<>();
        if (field.equals(ResolutionCorrections.DECISION)) s.decisions().forEach(d -> items.add(List.of(d.text())));
        else s.tasks().forEach(t -> items.add(ResolutionCorrections.value(t.text(), t.names())));
        return items.stream().filter(i -> ResolutionCorrections.key(i.getFirst()).equals(key)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("not-found", "no " + field + " of this record reads '" + before + "'; nothing was changed"));
    }

    /** A task's people as the form gives them: one per line or separated by commas. */
    private static List<String> names(String given) {
        if (given == null) return List.of();
        return Arrays.stream(given.split("[\\n,;]")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private ArchiveRecord record(String id) {
        return archive.documents().record(id).orElseThrow(() -> new NotFoundException("No document '" + id + "'"));
    }
}
