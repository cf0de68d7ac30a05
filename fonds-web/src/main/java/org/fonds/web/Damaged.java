package org.fonds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fonds.record.RecordJson;
import org.fonds.store.DamagedObjectException;
import org.fonds.web.room.DamagedPage;

/**
 * Answers a request that met a damaged stored copy (a file that failed its fixity check, or is
 * missing): 500 with a clear page or JSON error, never the corrupt bytes as if preserved. Every other
 * document is served as usual.
 */
final class Damaged {
    /** The stable code tools can match on. */
    static final String CODE = "damaged-object";
    private static final System.Logger LOG = System.getLogger("org.fonds.web");

    private Damaged() {
    }

    static void answer(DamagedObjectException e, Context ctx) {
        LOG.log(System.Logger.Level.WARNING, ctx.path() + ": " + e.getMessage());
        String message = "The stored copy of " + e.file() + " of document '" + e.id() + "' failed its fixity check";
        if (ctx.path().startsWith("/api")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", 500);
            m.put("code", CODE);
            m.put("id", e.id());
            m.put("error", message);
            ctx.status(500).contentType("application/json").result(json(m));
        } else {
            ctx.status(500).contentType("text/html; charset=utf-8").result(DamagedPage.html(message));
        }
    }

    private static String json(Map<String, Object> m) {
        try {
            return RecordJson.mapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            return "{\"status\":500,\"code\":\"" + CODE + "\"}";
        }
    }
}
