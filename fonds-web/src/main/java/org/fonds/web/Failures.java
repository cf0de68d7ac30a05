package org.fonds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fonds.error.Failure;
import org.fonds.error.FondsException;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.DamagedObjectException;
import org.fonds.web.room.ReadingRoom;

/**
 * The one place a failure becomes an HTTP answer: its kind chooses the status, the client what it
 * reads (JSON under {@code /api} or when it asks for JSON; a page of the reading room otherwise),
 * and its stable code goes with it. A damaged stored copy is answered 500 with a clear page, never
 * served as the preserved one; every other document is served as usual.
 */
final class Failures {
    private static final System.Logger LOG = System.getLogger("org.fonds.web");

    private Failures() {
    }

    static int status(Failure kind) {
        return switch (kind) {
            case USAGE, BAD_INPUT -> 400;
            case NOT_FOUND -> 404;
            case UNAVAILABLE, ENVIRONMENT -> 503;
            case DAMAGED, INTERNAL -> 500;
        };
    }

    static void answer(FondsException e, Context ctx) {
        int status = status(e.kind());
        if (status >= 500) LOG.log(System.Logger.Level.WARNING, ctx.path() + ": " + e.getMessage());
        String message = e instanceof DamagedObjectException d
                ? "The stored copy of " + d.file() + " of document '" + d.id() + "' failed its fixity check"
                : e.getMessage();
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.contentType("application/json").result(json(status, e, message));
        } else {
            ReadingRoom.markAnswered(ctx);
            ctx.contentType("text/html; charset=utf-8").result(ReadingRoom.failurePage(e.kind(), message));
        }
    }

    /** The API's error body: {@code {"status", "code", "error"}}, and the document's id for a damaged copy. */
    static String json(int status, FondsException e, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("code", e.code());
        if (e instanceof DamagedObjectException d) m.put("id", d.id());
        m.put("error", message);
        try {
            return RecordJson.mapper().writeValueAsString(m);
        } catch (JsonProcessingException x) {
            return "{\"status\":" + status + "}";
        }
    }

    private static boolean wantsJson(Context ctx) {
        if (ctx.path().startsWith("/api")) return true;
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith("application/json");
    }
}
