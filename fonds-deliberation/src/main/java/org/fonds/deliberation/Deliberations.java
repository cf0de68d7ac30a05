package org.fonds.deliberation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Chronology;
import org.fonds.deliberation.tables.Json;
import org.fonds.deliberation.tables.Matrix;
import org.fonds.deliberation.tables.References;
import org.fonds.deliberation.tables.ResolutionLog;
import org.fonds.deliberation.tables.Statements;
import org.fonds.deliberation.tables.Table;
import org.fonds.deliberation.tables.Timeline;
import org.fonds.deliberation.tables.Works;
import org.fonds.record.ArchiveRecord;

/**
 * Everything derived from a corpus of records: the people, the sessions, the tables across
 * documents, and every document's date, kind and title (the chronology). A pure value: the same records and authority give an equal value and the same JSON,
 * whatever order the records come in. {@code copies}: each set of records that are the same text
 * from several publishers (one work, several sources), sorted, each set in the order of its first id.
 *
 * <pre>{@code
 * Deliberations d = Deliberations.build(records, AuthorityFile.read(path));
 * try (OutputStream out = Files.newOutputStream(dir.resolve("deliberations.json"))) {
 *     d.writeJson(out);
 * }
 * d.attendance().csv();
 * }</pre>
 */
public record Deliberations(List<Person> people, List<Session> sessions, Matrix attendance, Matrix speaking,
                            Statements statements, ResolutionLog log, References references, Works works,
                            Timeline timeline, Chronology documents, List<List<String>> copies) {
    public Deliberations {
        people = List.copyOf(people);
        sessions = List.copyOf(sessions);
        copies = copies == null ? List.of() : copies.stream().map(List::copyOf).toList();
    }

    /** Every copy of the text of {@code documentId}, itself included, sorted; empty when it has none. */
    public List<String> copiesOf(String documentId) {
        for (List<String> c : copies) if (c.contains(documentId)) return c;
        return List.of();
    }

    public static Deliberations build(Iterable<ArchiveRecord> records, Authority authority) {
        DeliberationsBuilder builder = builder(authority);
        for (ArchiveRecord r : records) builder.add(r);
        return builder.build();
    }

    /** A builder to add records one by one (a record added again under its id replaces the old one). */
    public static DeliberationsBuilder builder(Authority authority) {
        return new DeliberationsBuilder(authority);
    }

    /**
     * The tables to download, by the names their files take ({@code fonds tables}, {@code
     * /api/tables/NAME.csv}), in the order they are listed.
     */
    @JsonIgnore
    public Map<String, Table> tablesByName() {
        Map<String, Table> t = new LinkedHashMap<>();
        t.put("attendance", attendance);
        t.put("speaking", speaking);
        t.put("statements", statements);
        t.put("decisions-and-tasks", log);
        t.put("references", references);
        t.put("works", works);
        t.put("timeline", timeline);
        t.put("documents", documents);
        return t;
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Session> session(String documentId) {
        return sessions.stream().filter(s -> s.documentId().equals(documentId)).findFirst();
    }

    /**
     * Writes the whole value as one JSON document (UTF-8) without holding it in memory: at 100,000
     * records it is about a gigabyte. The stream is left open.
     */
    public void writeJson(OutputStream out) throws IOException {
        Json.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, this);
    }

    /** Reads what {@link #writeJson} wrote; the stream is left open. */
    public static Deliberations readJson(InputStream in) throws IOException {
        return Json.MAPPER.readerFor(Deliberations.class).without(JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(in);
    }

    /** The whole value as one JSON document; for small corpora and tests, else {@link #writeJson}. */
    public String json() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
