package org.fonds.web.curation;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.archive.Archive;
import org.fonds.archive.RecordCorrection;
import org.fonds.error.InvalidRequestException;
import org.fonds.error.NotFoundException;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Correction;
import org.fonds.record.Corrections;
import org.fonds.web.room.Provenance;

/**
 * A record's correction form, its changes page (public: who changed what, when and why, with the
 * difference), and the two changes an editor sends: corrections and reverts. Thin: the archive
 * checks and writes ({@link Archive#correct}); this reads forms and chooses pages.
 */
final class CorrectionPages {
    private static final Map<String, String> LABELS = Map.of("title", "Title", "date", "Date (YYYY-MM-DD)", "kind", "Kind",
            "from", "From", "to", "To", "participants", "Participants", "speakers", "Speakers");
    private final Archive archive;
    private final Gate gate;
    /** One correction at a time from this server: each takes the home's write lock, which a second would wait on in vain. */
    private final Object writing = new Object();

    /** The lock every correction from this server takes, so that other correction pages share it. */
    Object writing() {
        return writing;
    }

    CorrectionPages(Archive archive, Gate gate) {
        this.archive = archive;
        this.gate = gate;
    }

    void form(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Gate.Editor> e = gate.formEditor(ctx, "/curation/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
        if (e.isEmpty()) return;
        ArchiveRecord r = record(id);
        List<Views.Field> fields = new ArrayList<>();
        for (String f : Corrections.FIELDS) {
            boolean one = Corrections.oneValue(f);
            String hint = f.equals("kind") ? "one of: " + String.join(", ", Corrections.KINDS) : one ? "" : "one per line";
            fields.add(new Views.Field(f, LABELS.get(f), one, String.join("\n", Corrections.value(r, f)), hint));
        }
        Pages.render(ctx, "correct.jte", new Views.Correct(id, r.title(), fields, e.get().session().csrf(), e.get().account().name()));
    }

    void correct(Context ctx) {
        Gate.Editor e = gate.change(ctx);
        String id = ctx.pathParam("id");
        String reason = ctx.formParam("reason");
        synchronized (writing) {
            ArchiveRecord r = record(id);
            List<RecordCorrection> changes = new ArrayList<>();
            for (String f : Corrections.FIELDS) {
                String given = ctx.formParam(f);
                if (given == null) continue;
                List<String> value = given.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (Corrections.oneValue(f)) value = given.isBlank() ? List.of() : List.of(given.strip());
                if (value.equals(Corrections.value(r, f))) continue;
                String problem = Corrections.problem(f, value);
                if (problem != null) throw new InvalidRequestException("bad-correction", problem + "; nothing was changed");
                changes.add(RecordCorrection.set(id, f, value, reason));
            }
            if (changes.isEmpty()) throw new InvalidRequestException("no-change", "no field differs from what the record holds; nothing was changed");
            if (reason == null || reason.isBlank()) throw new InvalidRequestException("bad-reason", "a correction says why; nothing was changed");
            for (RecordCorrection c : changes) archive.correct(c, e.account());
        }
        ctx.redirect("/changes/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    void revert(Context ctx) {
        Gate.Editor e = gate.change(ctx);
        String id = ctx.pathParam("id");
        int n;
        try {
            n = Integer.parseInt(String.valueOf(ctx.formParam("change")));
        } catch (NumberFormatException x) {
            throw new InvalidRequestException("bad-change", "which change to revert is a number");
        }
        synchronized (writing) {
            archive.correct(RecordCorrection.revert(id, n, ctx.formParam("reason")), e.account());
        }
        ctx.redirect("/changes/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    void changes(Context ctx) {
        String id = ctx.pathParam("id");
        ArchiveRecord r = record(id);
        List<Views.Change> changes = new ArrayList<>();
        for (Correction c : r.corrections().reversed()) changes.add(change(c));
        List<Views.Version> versions = archive.documents().history(id).stream()
                .map(v -> new Views.Version(v.version(), v.created().toString(), Provenance.publicMessage(v.message()))).toList();
        Optional<Gate.Editor> e = gate.signedIn(ctx);
        Pages.render(ctx, "changes.jte", new Views.Changes(id, r.title(), changes, versions, e.map(x -> x.session().csrf()).orElse(null),
                e.map(x -> x.account().name()).orElse(null), e.map(x -> x.account().role().canEdit()).orElse(false), gate.editingOn()));
    }

    /** A change as its history shows it: one value before and after, or a list's items taken away and added. */
    private static Views.Change change(Correction c) {
        String before = String.join("; ", c.before()), after = String.join("; ", c.after());
        if (Corrections.oneValue(c.field())) {
            return new Views.Change(c.n(), c.at(), c.editor(), c.field(), before.isEmpty() ? "(none)" : before,
                    after.isEmpty() ? "(none)" : after, null, null, c.reason(), c.reverts());
        }
        List<String> removed = c.before().stream().filter(x -> !c.after().contains(x)).toList();
        List<String> added = c.after().stream().filter(x -> !c.before().contains(x)).toList();
        return new Views.Change(c.n(), c.at(), c.editor(), c.field(), before, after, removed, added, c.reason(), c.reverts());
    }

    private ArchiveRecord record(String id) {
        return archive.documents().record(id).orElseThrow(() -> new NotFoundException("No document '" + id + "'"));
    }
}
