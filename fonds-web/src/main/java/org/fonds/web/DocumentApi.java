package org.fonds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fonds.archive.Documents;
import org.fonds.error.NotFoundException;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.VersionRef;

/** {@code /api/documents/{id}}: a stored document's record, its history, its source, at any version. */
final class DocumentApi {
    private final Documents archive;

    DocumentApi(Documents archive) {
        this.archive = archive;
    }

    /** The record JSON, latest or {@code ?version=N}. */
    void record(Context ctx) {
        String id = ctx.pathParam("id");
        VersionRef version = VersionRef.parse(ctx.queryParam("version"));
        // the record alone: a damaged source must not keep an intact record from being served
        byte[] record = archive.recordJson(id, version).orElseThrow(() -> notFound(id, version));
        ctx.contentType("application/json").result(record);
    }

    /** The source file exactly as received: a PDF or Word document as itself, to download ({@link SourceMedia}). */
    void source(Context ctx) {
        String id = ctx.pathParam("id");
        VersionRef version = VersionRef.parse(ctx.queryParam("version"));
        byte[] source = archive.source(id, version).orElseThrow(() -> notFound(id, version));
        SourceMedia media = SourceMedia.of(source);
        String disposition = media.disposition(id); // ids are [a-z0-9-] only: safe in a header's quotes
        if (disposition != null) ctx.header("Content-Disposition", disposition);
        ctx.contentType(media.contentType()).result(source);
    }

    private static NotFoundException notFound(String id, VersionRef version) {
        return new NotFoundException("no document '" + id + "'" + version.atWords());
    }

    /** Every version: number, time, what made it. */
    void versions(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        List<Map<String, Object>> out = archive.history(id).stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", v.version());
            m.put("created", v.created().toString());
            m.put("message", org.fonds.web.room.Provenance.publicMessage(v.message())); // the file's name, not the machine's path
            return m;
        }).toList();
        if (out.isEmpty()) throw new NotFoundException("no document '" + id + "'");
        ctx.contentType("application/json").result(RecordJson.mapper().writeValueAsString(out));
    }
}
