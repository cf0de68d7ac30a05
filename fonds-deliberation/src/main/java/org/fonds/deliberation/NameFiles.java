package org.fonds.deliberation;

import static org.fonds.deliberation.BinaryText.count;
import static org.fonds.deliberation.BinaryText.readString;
import static org.fonds.deliberation.BinaryText.readText;
import static org.fonds.deliberation.BinaryText.writeString;
import static org.fonds.deliberation.BinaryText.writeStrings;
import static org.fonds.deliberation.BinaryText.writeText;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.fonds.deliberation.people.Canonical;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.people.Occurrence;
import org.fonds.deliberation.people.Role;

/**
 * Beside each shard of extracts, the names of its records ({@code names-NNNN.bin}, {@link DocumentNames}):
 * what who is who reads of every record of the corpus. An update whose names move works the corpus-wide
 * readings out again over every record's names; with these it no longer reads every extract back to get
 * at them (69% of who is who at a million generated records, BENCHMARKS.md "The million again").
 *
 * <p>Plain binary, like the groupings, and like them a cache written with its shard. Each file carries
 * the token its shard's groupings end with ({@link GroupFiles#write}), written with both: a shard without
 * a names file of the same token (written by an older Fonds, or one that knows no names files and wrote
 * the shard since) is read from its extracts, and written with its names at the next save.
 *
 * <p>After the token, the file's head lists every name form its records give the resolution
 * ({@link org.fonds.deliberation.people.NameForms#formsOf}), sorted: an update that resolves a few
 * surnames again reads the names of the shards whose head holds one of their forms, and only the
 * head of the others ({@link #forms}). A file of the layout before (no head) is read whole, and
 * written with its head at the next save.
 */
final class NameFiles {
    /** Written first in each file: a file of another layout is refused, and the caller rebuilds. */
    private static final int MAGIC = 0x464e4d32; // "FNM2"
    /** The layout before, without the head of forms: still read. */
    private static final int HEADLESS = 0x464e4d31; // "FNM1"

    /** What a shard has beside it: no names file of its writing, one without a head of forms, one with. */
    enum Kind {
        NONE, HEADLESS, HEADED
    }
    private static final Role[] ROLES = Role.values();

    private NameFiles() {
    }

    static Path file(Path dir, int shard) {
        return dir.resolve(String.format("names-%04d.bin", shard));
    }

    /** What names file of {@code token} {@code shard} has (token 0: a shard whose groupings carry none has no names file of its writing). */
    static Kind of(Path dir, int shard, long token) throws IOException {
        if (token == 0) return Kind.NONE;
        try (java.io.DataInputStream data = new java.io.DataInputStream(Files.newInputStream(file(dir, shard)))) {
            int magic = data.readInt();
            if (magic != MAGIC && magic != HEADLESS || data.readLong() != token) return Kind.NONE;
            return magic == MAGIC ? Kind.HEADED : Kind.HEADLESS;
        } catch (NoSuchFileException | EOFException e) {
            return Kind.NONE;
        }
    }

    /**
     * The forms the head of {@code shard}'s names file lists, reading the head alone; null when the
     * shard has no names file of {@code token} with a head.
     */
    static java.util.Set<String> forms(Path dir, int shard, long token) throws IOException {
        if (token == 0) return null;
        try (java.io.DataInputStream data = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file(dir, shard)), 1 << 14))) {
            if (data.readInt() != MAGIC || data.readLong() != token) return null;
            byte[] head = new byte[data.readInt()];
            data.readFully(head);
            BinaryReader reader = new BinaryReader(head);
            int n = reader.readInt();
            java.util.Set<String> out = new java.util.HashSet<>(n * 2);
            for (int i = 0; i < n; i++) out.add(readText(reader));
            return out;
        } catch (NoSuchFileException e) {
            return null;
        } catch (EOFException e) {
            throw new IOException("a file of names ends early: " + file(dir, shard), e);
        }
    }

    /** Writes the names of one shard's records to {@code out}, leaving it open, with the token of its groupings. */
    static void write(Iterable<DocumentNames> names, long token, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new ExtractShards.KeptOpen(out), 1 << 16));
        data.writeInt(MAGIC);
        data.writeLong(token);
        java.util.Set<String> forms = new java.util.TreeSet<>();
        for (DocumentNames d : names) forms.addAll(org.fonds.deliberation.people.NameForms.formsOf(d));
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        DataOutputStream headData = new DataOutputStream(head);
        headData.writeInt(forms.size());
        for (String f : forms) writeText(headData, f);
        headData.flush();
        data.writeInt(head.size());
        head.writeTo(data);
        for (DocumentNames d : names) {
            data.writeBoolean(true);
            writeText(data, d.documentId());
            writeString(data, d.date());
            data.writeInt(d.occurrences().size());
            for (Occurrence o : d.occurrences()) {
                writeText(data, o.form());
                data.writeByte(o.role().ordinal());
                writeString(data, o.hint());
                data.writeBoolean(o.stated());
                data.writeInt(o.list());
            }
            writeStrings(data, d.common());
            writeMap(data, d.descriptions());
            writeMap(data, d.pseudonyms());
        }
        data.writeBoolean(false);
        data.flush();
    }

    /**
     * Hands the names of each record of one shard to {@code into}, their occurrences and words the
     * instances {@code shared} holds; false (and nothing handed) when the shard has no names file of
     * {@code token}.
     */
    static boolean read(Path dir, int shard, long token, Canonical shared, Consumer<DocumentNames> into) throws IOException {
        if (token == 0) return false;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(dir, shard));
        } catch (NoSuchFileException e) {
            return false;
        }
        try {
            BinaryReader data = new BinaryReader(bytes);
            int magic = data.readInt();
            if (magic != MAGIC && magic != HEADLESS) throw new IOException("not a file of names");
            if (data.readLong() != token) return false;
            if (magic == MAGIC) data.skip(data.readInt());
            while (data.readBoolean()) into.accept(shared.names(readOne(data)));
        } catch (EOFException e) {
            throw new IOException("a file of names ends early: " + file(dir, shard), e);
        } catch (IOException e) {
            throw new IOException("a file of names is damaged: " + file(dir, shard) + " (" + e.getMessage() + ")", e);
        }
        return true;
    }

    private static DocumentNames readOne(BinaryReader data) throws IOException {
        String id = readText(data);
        String date = readString(data);
        int n = count(data);
        List<Occurrence> occurrences = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String form = readText(data);
            int role = data.readUnsignedByte();
            if (role >= ROLES.length) throw new IOException("an occurrence's role out of range: " + role);
            String hint = readString(data);
            occurrences.add(new Occurrence(form, ROLES[role], hint, data.readBoolean(), data.readInt()));
        }
        // the words as read: the caller's Canonical.names makes them the shared instances, once
        int words = count(data);
        List<String> common = new ArrayList<>(words);
        for (int i = 0; i < words; i++) common.add(readText(data));
        return new DocumentNames(id, date, occurrences, common, readMap(data), readMap(data));
    }

    private static void writeMap(DataOutputStream data, Map<String, String> map) throws IOException {
        data.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            writeText(data, e.getKey());
            writeText(data, e.getValue());
        }
    }

    private static Map<String, String> readMap(BinaryReader data) throws IOException {
        int n = count(data);
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < n; i++) out.put(readText(data), readText(data));
        return out;
    }
}
