package org.fonds.deliberation.read;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Json;

/**
 * The tables written out as files, from any {@link Tables} and row by row, so a download or {@code
 * fonds tables} holds no more than a page of them: one table as CSV or JSON, or everything as the
 * one JSON document of {@link org.fonds.deliberation.Deliberations} ({@code deliberations.json}).
 * The bytes are those the value in memory writes. Streams are flushed, not closed.
 */
public final class TableFiles {
    /** People and sessions are read this many at a time for the whole document. */
    private static final int PAGE = 1_000;

    private TableFiles() {
    }

    /** Table {@code name} as CSV (UTF-8); returns the number of rows. */
    public static long csv(Tables tables, String name, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long rows = tables.csv(name, w);
        w.flush();
        return rows;
    }

    /** Table {@code name} as JSON. */
    public static void json(Tables tables, String name, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            tables.json(name, g);
        }
    }

    /** Everything, as {@link org.fonds.deliberation.Deliberations#writeJson} writes it: people whole, sessions, each table, then the sets of copies. */
    public static void all(Tables tables, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("people");
            for (int offset = 0; ; offset += PAGE) {
                List<Person> page = tables.people(offset, PAGE);
                for (Person p : page) g.writeObject(tables.wholePerson(p.id()).orElseThrow());
                if (page.size() < PAGE) break;
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sessions");
            for (int offset = 0; ; offset += PAGE) {
                List<Session> page = tables.sessions(offset, PAGE);
                for (Session s : page) g.writeObject(s);
                if (page.size() < PAGE) break;
            }
            g.writeEndArray();
            for (String name : Tables.NAMES) {
                // the value's field for the decisions and tasks is "log"; the others are named as their files
                g.writeFieldName(name.equals("decisions-and-tasks") ? "log" : name);
                tables.json(name, g);
            }
            g.writeArrayFieldStart("copies");
            for (List<String> c : tables.copyGroups()) g.writeObject(c);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = Json.STREAM.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }
}
