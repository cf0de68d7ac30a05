package org.fonds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fonds.record.RecordJson;
import org.fonds.store.OcflStore;

/** {@code /api/documents/{id}}: a stored document's record, its history, its source, at any version. */
final class DocumentApi {
    private final OcflStore store;

    DocumentApi(OcflStore store) {
        this.store = store;
    }

    /** The record JSON, latest or {@code ?version=N}. */
    void record(Context ctx) {
        String id = ctx.pathParam("id");
        int version = version(ctx.queryParam("version"));
        // the record alone: a damaged source must not keep an intact record from being served
        byte[] record = store.readFile(id, version, OcflStore.RECORD).orElseThrow(() -> notFound(id, version));
        ctx.contentType("application/json").result(record);
    }

    /** The source file exactly as received. */
    void source(Context ctx) {
        String id = ctx.pathParam("id");
        int version = version(ctx.queryParam("version"));
        byte[] source = store.readFile(id, version, OcflStore.SOURCE).orElseThrow(() -> notFound(id, version));
        ctx.contentType("text/plain").result(source);
    }

    private static ApiError notFound(String id, int version) {
        return new ApiError(404, "no document '" + id + "'" + (version > 0 ? " at version " + version : ""));
    }

    /** Every version: number, time, what made it. */
    void versions(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        List<Map<String, Object>> out = store.history(id).stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", v.version());
            m.put("created", v.created().toString());
            m.put("message", org.fonds.web.room.Provenance.publicMessage(v.message())); // the file's name, not the machine's path
            return m;
        }).toList();
        if (out.isEmpty()) throw new ApiError(404, "no document '" + id + "'");
        ctx.contentType("application/json").result(RecordJson.mapper().writeValueAsString(out));
    }

    private static int version(String written) {
        if (written == null || written.isEmpty()) return 0;
        try {
            int v = Integer.parseInt(written);
            if (v < 1) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "version must be a whole number from 1 (got: " + written + ")");
        }
    }
}
