package org.fonds.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.SearchResult.Snippet;
import org.fonds.search.schema.Facet;

/**
 * The file of {@link KeptAnswers}: a mark, the key, the requests and their answers, field by field
 * in a plain binary form (read at a server's start: no reflection, no mapper to set up), and a
 * checksum of all of it, so a file cut short or overwritten is not read as answers.
 */
final class AnswersFile {
    /** Raised with any change to what is written. */
    private static final String MARK = "fonds kept answers 1";

    /** Answers under one key. */
    record Kept(String key, Map<SearchRequest, SearchResult> answers) {
        Kept {
            answers = Map.copyOf(answers);
        }
    }

    /** No answers: every request is searched. */
    static final Kept NONE = new Kept("", Map.of());

    private AnswersFile() {}

    /** The answers in {@code file}; empty when there is none, or it cannot be read as one whole. */
    static Optional<Kept> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < Long.BYTES) return Optional.empty();
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - Long.BYTES);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            in.skipNBytes(bytes.length - Long.BYTES);
            if (in.readLong() != crc.getValue()) return Optional.empty();
            return Optional.of(kept(new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // unreadable, or written by another version (a facet since renamed): searched instead
            return Optional.empty();
        }
    }

    /** Writes {@code kept} to {@code file} whole or not at all (a temporary file renamed); gives up quietly. */
    static void write(Path file, Kept kept) {
        Path tmp = null;
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            write(out, kept);
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeLong(crc.getValue());
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(tmp, buffer.toByteArray());
            readable(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a read-only home, a full disk: the next start searches, as it would without the file
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /**
     * Readable by all, as the index and the tables are: a temporary file is its owner's alone, and a
     * home served by another user would count at every start. Where permissions are not POSIX, as made.
     */
    private static void readable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own defaults
        }
    }

    private static void write(DataOutputStream out, Kept kept) throws IOException {
        out.writeUTF(MARK);
        text(out, kept.key());
        out.writeInt(kept.answers().size());
        for (Map.Entry<SearchRequest, SearchResult> e : kept.answers().entrySet()) {
            request(out, e.getKey());
            result(out, e.getValue());
        }
    }

    private static Kept kept(DataInputStream in) throws IOException {
        if (!MARK.equals(in.readUTF())) throw new IOException("not a file of kept answers");
        String key = text(in);
        int n = in.readInt();
        Map<SearchRequest, SearchResult> answers = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) answers.put(request(in), result(in));
        return new Kept(key, answers);
    }

    private static void request(DataOutputStream out, SearchRequest r) throws IOException {
        text(out, r.query());
        out.writeInt(r.filters().size());
        for (Map.Entry<Facet, Set<String>> f : r.filters().entrySet()) {
            out.writeUTF(f.getKey().name());
            texts(out, List.copyOf(f.getValue()));
        }
        out.writeUTF(r.sort().name());
        out.writeInt(r.page());
        out.writeInt(r.size());
        out.writeBoolean(r.facets());
        out.writeBoolean(r.snippets());
    }

    private static SearchRequest request(DataInputStream in) throws IOException {
        String query = text(in);
        int n = in.readInt();
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (int i = 0; i < n; i++) filters.put(Facet.valueOf(in.readUTF()), new LinkedHashSet<>(texts(in)));
        SortOrder sort = SortOrder.valueOf(in.readUTF());
        return new SearchRequest(query, filters, sort, in.readInt(), in.readInt(), in.readBoolean(), in.readBoolean());
    }

    private static void result(DataOutputStream out, SearchResult r) throws IOException {
        out.writeLong(r.total());
        out.writeBoolean(r.totalExact());
        out.writeInt(r.hits().size());
        for (Hit h : r.hits()) {
            text(out, h.id());
            text(out, h.title());
            text(out, h.date());
            out.writeInt(h.snippets().size());
            for (Snippet s : h.snippets()) {
                text(out, s.source());
                text(out, s.html());
            }
            text(out, h.summary());
            texts(out, h.copies());
        }
        out.writeInt(r.facets().size());
        for (Map.Entry<Facet, List<FacetCount>> f : r.facets().entrySet()) {
            out.writeUTF(f.getKey().name());
            out.writeInt(f.getValue().size());
            for (FacetCount c : f.getValue()) {
                text(out, c.value());
                out.writeLong(c.count());
            }
        }
    }

    private static SearchResult result(DataInputStream in) throws IOException {
        long total = in.readLong();
        boolean exact = in.readBoolean();
        int n = in.readInt();
        List<Hit> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = text(in);
            String title = text(in);
            String date = text(in);
            int s = in.readInt();
            List<Snippet> snippets = new ArrayList<>(s);
            for (int j = 0; j < s; j++) snippets.add(new Snippet(text(in), text(in)));
            hits.add(new Hit(id, title, date, snippets, text(in), texts(in)));
        }
        int f = in.readInt();
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (int i = 0; i < f; i++) {
            Facet facet = Facet.valueOf(in.readUTF());
            int c = in.readInt();
            List<FacetCount> counts = new ArrayList<>(c);
            for (int j = 0; j < c; j++) counts.add(new FacetCount(text(in), in.readLong()));
            facets.put(facet, counts);
        }
        return new SearchResult(total, exact, hits, facets);
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String t : texts) text(out, t);
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(text(in));
        return out;
    }

    /** A text of any length (writeUTF stops at 64 KB), or null, as -1. */
    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
