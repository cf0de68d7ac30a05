package org.fonds.web;

import org.fonds.error.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.read.TableFiles;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.tables.Json;
import org.fonds.web.derived.Derived;
import org.fonds.web.derived.Page;

/**
 * {@code /api/people}, {@code /api/sessions}, {@code /api/references} and {@code /api/tables}: the
 * derived tables as JSON (written by the tables' own mapper, so the same value gives the same
 * bytes) and as CSV downloads. Long lists come in pages: {@code ?page=1&size=50}.
 */
final class DeliberationApi {
    private final Derived derived;

    DeliberationApi(Derived derived) {
        this.derived = derived;
    }

    void people(Context ctx) {
        Tables t = derived.now();
        json(ctx, Page.of(t.peopleCount(), Paging.page(ctx), Paging.size(ctx), (offset, limit) -> t.people(offset, limit).stream()
                .map(p -> Derived.summary(t, p)).toList()));
    }

    /** The person with a page ({@code ?page=&size=}) of the sessions they attended or spoke at, of their turns in date order, of their tasks. */
    void person(Context ctx) {
        Tables t = derived.now();
        String id = ctx.pathParam("id");
        Person p = t.person(id).orElseThrow(() -> new NotFoundException("no person '" + id + "'"));
        json(ctx, Derived.detail(t, p, Paging.page(ctx), Paging.size(ctx)));
    }

    void sessions(Context ctx) {
        Tables t = derived.now();
        json(ctx, Page.of(t.sessionCount(), Paging.page(ctx), Paging.size(ctx), (offset, limit) -> t.sessions(offset, limit).stream()
                .map(Derived::summary).toList()));
    }

    void session(Context ctx) {
        String id = ctx.pathParam("id");
        Session session = derived.now().session(id).orElseThrow(() -> new NotFoundException("no session '" + id + "'"));
        json(ctx, session);
    }

    /** The archival references cited in notes, grouped by file (archive, fond, opis, papka, delo). */
    void references(Context ctx) {
        Tables t = derived.now();
        json(ctx, Page.of(t.referenceCount(), Paging.page(ctx), Paging.size(ctx), t::references));
    }

    /** {@code /api/tables/NAME.csv} or {@code .json}: a whole table, as {@code fonds tables} writes it, streamed from the tables row by row. */
    void table(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!Tables.NAMES.contains(name) || !(format.equals("csv") || format.equals("json"))) {
            throw new NotFoundException("no table '" + file + "'; the tables are " + String.join(", ", Tables.NAMES) + ", each as .csv or .json");
        }
        boolean csv = format.equals("csv");
        Tables t = derived.now();
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/json")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
        OutputStream out = ctx.outputStream();
        if (csv) TableFiles.csv(t, name, out);
        else TableFiles.json(t, name, out);
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the derived tables did not write as JSON", e);
        }
    }
}
