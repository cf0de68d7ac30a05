package org.fonds.web;

import org.fonds.error.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Json;
import org.fonds.deliberation.tables.Table;
import org.fonds.web.derived.Derived;
import org.fonds.web.derived.Page;
import org.fonds.web.derived.Snapshot;

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
        Snapshot s = derived.now();
        json(ctx, Page.of(s.value().people(), Paging.page(ctx), Paging.size(ctx), s::summary));
    }

    /** The person, the sessions they attended or spoke at, their turns in date order a page at a time ({@code ?page=&size=}), their tasks. */
    void person(Context ctx) {
        Snapshot s = derived.now();
        String id = ctx.pathParam("id");
        Person p = s.person(id).orElseThrow(() -> new NotFoundException("no person '" + id + "'"));
        json(ctx, s.detail(p, Paging.page(ctx), Paging.size(ctx)));
    }

    void sessions(Context ctx) {
        json(ctx, Page.of(derived.now().value().sessions(), Paging.page(ctx), Paging.size(ctx), Snapshot::summary));
    }

    void session(Context ctx) {
        String id = ctx.pathParam("id");
        Session session = derived.now().session(id).orElseThrow(() -> new NotFoundException("no session '" + id + "'"));
        json(ctx, session);
    }

    /** The archival references cited in notes, grouped by file (archive, fond, opis, papka, delo). */
    void references(Context ctx) {
        json(ctx, Page.of(derived.now().value().references().groups(), Paging.page(ctx), Paging.size(ctx), g -> g));
    }

    /** {@code /api/tables/NAME.csv} or {@code .json}: a whole table, as {@code fonds tables} writes it. */
    void table(Context ctx) {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "" : file.substring(dot + 1);
        Table table = java.util.Optional.ofNullable(derived.now().value().tablesByName().get(name)).filter(t -> format.equals("csv") || format.equals("json"))
                .orElseThrow(() -> new NotFoundException("no table '" + file + "'; the tables are "
                        + String.join(", ", derived.now().value().tablesByName().keySet()) + ", each as .csv or .json"));
        boolean csv = format.equals("csv");
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/json")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"")
                .result(csv ? table.csv() : table.json());
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the derived tables did not write as JSON", e);
        }
    }
}
