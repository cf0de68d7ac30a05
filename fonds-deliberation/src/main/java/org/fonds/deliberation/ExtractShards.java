package org.fonds.deliberation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.Optional;
import org.fonds.deliberation.people.Canonical;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.sessions.Meetings;
import org.fonds.deliberation.tables.Json;

/**
 * The per-record extracts on disk, so that a small change to a large store re-reads only the
 * records that changed: one JSON line per record, spread over {@link #SHARDS} files by id, so that
 * a change rewrites only the files of the ids it touches. A cache: whoever writes it must be able
 * to throw it away and rebuild it from the store.
 *
 * <p>Each shard is one zstd frame of those lines ({@code extracts-NNNN.jsonl.zst}): the lines repeat
 * their keys and names, and compressed they take a tenth of the disk (1.5 GB at 100,000 records
 * as plain lines; BENCHMARKS.md, issue 14). 1,024 of them: with the 64 of before, 100 changed records
 * fell in every shard and an update wrote every extract of the corpus again (16% of an update's time
 * at 100,000 records, issue 14); now they fall in about a tenth of the shards. Shards written before,
 * 64 compressed ({@link Encoding#ZSTD_64}) or 64 plain ({@link Encoding#PLAIN}), are still read, and the
 * next save writes every shard anew in this layout.
 */
final class ExtractShards {
    static final int SHARDS = 1024;
    /** Changed whenever what an extract holds or how it is worked out changes: old shards are then rebuilt. */
    static final String FORMAT = "fonds-extracts/10";
    /**
     * The same extract shards as {@link #FORMAT} without the groupings beside them ({@link GroupFiles}):
     * read whole as they are, and the next save writes every shard and grouping anew.
     */
    static final String ZSTD_UNGROUPED_FORMAT = "fonds-extracts/9";
    /**
     * The same extracts as {@link #FORMAT} in 64 shards ({@code extracts-NN.jsonl.zst}): what Fonds wrote
     * before the shards were 1,024. Read as they are.
     */
    static final String ZSTD_64_FORMAT = "fonds-extracts/8";
    /**
     * The same extracts as {@link #ZSTD_64_FORMAT}, each shard plain JSON lines ({@code extracts-NN.jsonl}):
     * what Fonds wrote before the shards were compressed. Read as they are; drop these older layouts here
     * when what an extract holds changes.
     */
    static final String PLAIN_FORMAT = "fonds-extracts/7";
    /**
     * zstd's fastest level: on a shard of 1,850 generated records (28 MB of lines) 9.4x smaller in
     * about 100 ms, where level 3 is 9.7x in 155 ms and the JDK's Deflater 6.6x in 330-410 ms at its
     * fastest level and 9.2x in 0.9-1.1 s at its default (BENCHMARKS.md).
     */
    private static final int LEVEL = 1;

    private static final ObjectWriter WRITER = Json.MAPPER.writerFor(Extract.class);
    /** Reads each short string as the one instance the reading's {@link Canonical} holds (see {@link SharedStrings}). */
    private static final ObjectReader READER = Json.MAPPER.copy()
            .registerModule(new SimpleModule("shared-strings").addDeserializer(String.class, new SharedStrings()))
            .readerFor(Extract.class);
    /** A string longer than this is a text (a turn, a note) that no other extract repeats: not worth a map entry. */
    private static final int SHARED_LENGTH = 100;

    /** How the shards of a folder are laid out: how many, named how, compressed or not. */
    enum Encoding {
        /** 64 shards of one JSON line per record ({@link #PLAIN_FORMAT}). */
        PLAIN(PLAIN_FORMAT, 64, "extracts-%02d.jsonl", false, false),
        /** The same lines as one zstd frame per shard ({@link #ZSTD_64_FORMAT}). */
        ZSTD_64(ZSTD_64_FORMAT, 64, "extracts-%02d.jsonl.zst", true, false),
        /** 1,024 shards of one zstd frame each without groupings beside them ({@link #ZSTD_UNGROUPED_FORMAT}). */
        ZSTD_UNGROUPED(ZSTD_UNGROUPED_FORMAT, SHARDS, "extracts-%04d.jsonl.zst", true, false),
        /** What this version writes: 1,024 shards of one zstd frame each, each with its groupings ({@link #FORMAT}). */
        ZSTD(FORMAT, SHARDS, "extracts-%04d.jsonl.zst", true, true);

        final String format;
        final int shards;
        private final String name;
        final boolean compressed;
        /** Whether each shard has its {@link GroupFiles} beside it: then an update reads only the shards it writes. */
        final boolean grouped;

        Encoding(String format, int shards, String name, boolean compressed, boolean grouped) {
            this.format = format;
            this.shards = shards;
            this.name = name;
            this.compressed = compressed;
            this.grouped = grouped;
        }

        /** Whether this layout's shard files are named as {@link #ZSTD}'s (so converting writes over them, and deletes none). */
        boolean sameFilesAs(Encoding other) {
            return name.equals(other.name) && shards == other.shards;
        }

        Path file(Path dir, int shard) {
            return dir.resolve(String.format(name, shard));
        }
    }

    private ExtractShards() {
    }

    static int shard(String id) {
        return Math.floorMod(id.hashCode(), SHARDS);
    }

    /** The shard file as this version writes it. */
    static Path file(Path dir, int shard) {
        return Encoding.ZSTD.file(dir, shard);
    }

    /**
     * How the shards in {@code dir} are written, by the format its {@code FORMAT} file names; empty
     * when there is none, or it names a format this version cannot read (then the caller rebuilds).
     */
    static Optional<Encoding> encoding(Path dir) throws IOException {
        Path format = dir.resolve("FORMAT");
        if (!Files.isRegularFile(format)) return Optional.empty();
        String name = Files.readString(format, StandardCharsets.UTF_8);
        for (Encoding e : Encoding.values()) if (e.format.equals(name)) return Optional.of(e);
        return Optional.empty();
    }

    /** Writes {@code extracts} (those of one shard) to {@code out} as one zstd frame, leaving {@code out} open. */
    static void write(Iterable<Extract> extracts, OutputStream out) throws IOException {
        write(extracts, z -> { }, out);
    }

    /** Writes lines as they are, each ending in a newline, to the shard's stream (the lines of records not read). */
    @FunctionalInterface
    interface RawLines {
        void writeTo(OutputStream lines) throws IOException;
    }

    /** As above, with the lines {@code raw} writes after the extracts. */
    static void write(Iterable<Extract> extracts, RawLines raw, OutputStream out) throws IOException {
        try (OutputStream z = new ZstdOutputStreamNoFinalizer(new KeptOpen(out), LEVEL)) {
            for (Extract e : extracts) {
                z.write(WRITER.writeValueAsBytes(e));
                z.write('\n');
            }
            raw.writeTo(z);
        }
    }

    /**
     * Adds the extracts of one shard file to {@code into}; a missing file is an empty shard. The shard
     * is read whole as bytes and each line handed to the JSON parser as UTF-8 bytes: decoding every
     * line to a String first cost a third of loading the extracts at 100,000 records (issue 14).
     */
    static void read(Path dir, int shard, Encoding encoding, Canonical shared, Packer packer, Consumer<PackedExtract> into) throws IOException {
        read(dir, shard, encoding, shared, packer, id -> true, into);
    }

    /**
     * As above, for the lines of the records {@code wanted} only: the others' lines are passed over
     * unread, their ids taken from the start of the line (an update wants a few records of a shard).
     */
    static void read(Path dir, int shard, Encoding encoding, Canonical shared, Packer packer,
                     java.util.function.Predicate<String> wanted, Consumer<PackedExtract> into) throws IOException {
        ObjectReader reader = READER.withAttribute(Canonical.class, shared);
        eachLine(dir, shard, encoding, (id, bytes, from, length) -> {
            if (wanted.test(id)) into.accept(packed(reader, packer, bytes, from, length));
        });
    }

    /** One line of a shard, with the id of its record. */
    @FunctionalInterface
    interface LineVisitor {
        void line(String id, byte[] bytes, int from, int length) throws IOException;
    }

    /** Hands each line of one shard file, with its record's id, to {@code visitor}; a missing file has none. */
    static void eachLine(Path dir, int shard, Encoding encoding, LineVisitor visitor) throws IOException {
        Path file = encoding.file(dir, shard);
        byte[] lines;
        int length;
        try {
            byte[] stored = Files.readAllBytes(file);
            if (encoding.compressed) {
                // into one buffer sized from the file, grown rarely: reading all bytes of the stream copied each
                // shard several times over, much of an update's save at a million records (issue 14)
                lines = new byte[Math.max(1 << 16, stored.length * 12)];
                length = 0;
                try (InputStream in = new ZstdInputStreamNoFinalizer(new java.io.ByteArrayInputStream(stored))) {
                    for (int n; (n = in.read(lines, length, lines.length - length)) >= 0; ) {
                        length += n;
                        if (length == lines.length) lines = java.util.Arrays.copyOf(lines, lines.length * 2);
                    }
                }
            } else {
                lines = stored;
                length = stored.length;
            }
        } catch (NoSuchFileException e) {
            return; // no record of the store falls in this shard
        }
        int from = 0;
        while (from < length) {
            int to = from;
            while (to < length && lines[to] != '\n') to++;
            if (to > from && !(to == from + 1 && lines[from] == '\r')) visitor.line(idOf(lines, from, to - from), lines, from, to - from);
            from = to + 1;
        }
    }

    private static final byte[] ID_FIELD = "{\"documentId\":\"".getBytes(StandardCharsets.UTF_8);

    /**
     * The record id a line holds: its first field as the writer puts it ({@code {"documentId":"...},
     * read from the bytes where the id has no escapes), else read by the JSON parser.
     */
    static String idOf(byte[] line, int from, int length) throws IOException {
        if (length > ID_FIELD.length && java.util.Arrays.equals(line, from, from + ID_FIELD.length, ID_FIELD, 0, ID_FIELD.length)) {
            int start = from + ID_FIELD.length;
            int end = start;
            while (end < from + length && line[end] != '"' && line[end] != '\\') end++;
            if (end < from + length && line[end] == '"') return new String(line, start, end - start, StandardCharsets.UTF_8);
        }
        try (JsonParser p = READER.createParser(line, from, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("an extract is not an object: " + p.currentLocation());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("documentId")) return p.getValueAsString();
                p.skipChildren();
            }
        }
        throw new IOException("an extract without its documentId");
    }

    /**
     * One line read as a builder holds it: the parts every row of the corpus needs read as objects,
     * the parts only the document's rows need ({@link PackedExtract.Rest}) copied as the line has them
     * and compressed, not read: they are read when the document's rows are written, and reading them
     * here too (and keeping their short strings in the reading's {@link Canonical}) cost a fifth of
     * the loaded extracts' heap (issue 14).
     */
    private static PackedExtract packed(ObjectReader reader, Packer packer, byte[] line, int from, int length) throws IOException {
        Head head = new Head();
        ByteArrayOutputStream rest = new ByteArrayOutputStream(length);
        rest.write('{');
        try (JsonParser p = reader.createParser(line, from, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("an extract is not an object: " + p.currentLocation());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (PackedExtract.Rest.FIELDS.contains(field)) {
                    // the value's bytes as they are: the offsets count from the start of the line
                    int start = (int) p.currentTokenLocation().getByteOffset();
                    p.skipChildren();
                    int end = (int) p.currentLocation().getByteOffset();
                    if (rest.size() > 1) rest.write(',');
                    rest.write('"');
                    rest.write(field.getBytes(StandardCharsets.UTF_8));
                    rest.write('"');
                    rest.write(':');
                    rest.write(line, from + start, end - start);
                } else {
                    head.read(field, p, reader);
                }
            }
        }
        rest.write('}');
        return PackedExtract.of(head.documentId, head.date, head.title, head.kind, head.names, head.account, head.sketch, rest.toByteArray(), packer);
    }

    /** What a line holds besides the parts packed, as it is read. */
    private static final class Head {
        String documentId;
        String date;
        String title;
        String kind;
        DocumentNames names;
        Meetings.Account account;
        long[] sketch;

        void read(String field, JsonParser p, ObjectReader reader) throws IOException {
            switch (field) {
                case "documentId" -> documentId = reader.readValue(p, String.class);
                case "date" -> date = reader.readValue(p, String.class);
                case "title" -> title = reader.readValue(p, String.class);
                case "kind" -> kind = reader.readValue(p, String.class);
                case "names" -> names = reader.readValue(p, DocumentNames.class);
                case "account" -> account = reader.readValue(p, Meetings.Account.class);
                case "sketch" -> sketch = reader.readValue(p, long[].class);
                default -> throw new IOException("an extract has no field " + field + ": " + p.currentLocation());
            }
        }
    }

    /**
     * Each string of an extract as it is read, the one instance the reading's {@link Canonical} holds
     * when it is short: ids, dates, names, roles and places repeat within an extract and across the
     * corpus, and were two thirds of the heap the loaded extracts held (2.6 million strings for 10,000
     * generated records, 9% of them distinct; issue 14).
     */
    private static final class SharedStrings extends StdScalarDeserializer<String> {
        SharedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, context);
            Canonical shared = (Canonical) context.getAttribute(Canonical.class);
            return shared == null || s == null || s.length() > SHARED_LENGTH ? s : shared.of(s);
        }
    }

    /** The stream a zstd frame is written to: closing the frame must not close the file its writer forces. */
    static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
