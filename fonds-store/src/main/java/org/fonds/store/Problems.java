package org.fonds.store;

import org.fonds.record.stored.KeptProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.record.RecordJson;

/**
 * Inputs that are not records, kept byte for byte with the reason: nothing given to Fonds is ever
 * dropped. Each is stored under the SHA-256 of its bytes ({@code <digest>.bin} and
 * {@code <digest>.json}), so the same refused file given twice is kept once.
 */
public final class Problems {
    /** The code of an input that could not be read at all. */
    public static final String UNREADABLE = "unreadable";
    /** Locks striped by digest: a home is written by one process (its lock), so one JVM's writers are all there are. */
    private static final Object[] LOCKS = new Object[32];

    static {
        for (int i = 0; i < LOCKS.length; i++) LOCKS[i] = new Object();
    }

    private final Path dir;

    public Problems(ArchiveHome home) {
        this.dir = home.problems();
    }

    /** Keeps {@code bytes} and why they were refused; returns the digest they are kept under. */
    public String keep(byte[] bytes, String sourcePath, String code, String message, int line) {
        return keep(bytes, sourcePath, code, message, line, false);
    }

    /** As {@link #keep(byte[], String, String, String, int)}; an owner-only input is kept owner-only. */
    public String keep(byte[] bytes, String sourcePath, String code, String message, int line, boolean ownerOnly) {
        String digest = sha256(bytes);
        // ingest workers refusing the same bytes at once (two empty files in one folder) would write one
        // temporary file under one name, and the second rename would find it gone: one writer per digest
        synchronized (LOCKS[Math.floorMod(digest.hashCode(), LOCKS.length)]) {
            return keep(digest, bytes, sourcePath, code, message, line, ownerOnly);
        }
    }

    private String keep(String digest, byte[] bytes, String sourcePath, String code, String message, int line, boolean ownerOnly) {
        if (Files.isRegularFile(dir.resolve(digest + ".bin")) && Files.isRegularFile(dir.resolve(digest + ".json"))) {
            return digest; // kept before: the same bytes, refused for the same reason
        }
        try {
            Files.createDirectories(dir);
            Durable.replace(dir.resolve(digest + ".bin"), bytes);
            if (ownerOnly) OwnerOnly.restrictFile(dir.resolve(digest + ".bin"));
            KeptProblem p = new KeptProblem(digest, sourcePath, code, message, line, Instant.now().toString());
            Durable.replace(dir.resolve(digest + ".json"), json().writerWithDefaultPrettyPrinter().writeValueAsBytes(p));
            return digest;
        } catch (IOException e) {
            throw new StoreException("cannot keep the refused input " + sourcePath + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps an input that could not be read at all (a broken link, a folder that cannot be listed,
     * a file without read permission): no bytes to keep, so the entry names the path, and a later
     * {@code reparse} reads it again from there. Kept once per path.
     */
    public String keepUnreadable(String sourcePath, String message) {
        String digest = sha256(("unreadable:" + sourcePath).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        synchronized (LOCKS[Math.floorMod(digest.hashCode(), LOCKS.length)]) {
            try {
                Files.createDirectories(dir);
                KeptProblem p = new KeptProblem(digest, sourcePath, UNREADABLE, message, 0, Instant.now().toString());
                Durable.replace(dir.resolve(digest + ".json"), json().writerWithDefaultPrettyPrinter().writeValueAsBytes(p));
                return digest;
            } catch (IOException e) {
                throw new StoreException("cannot keep the unreadable input " + sourcePath + " in " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every kept refusal, oldest first. */
    public List<KeptProblem> list() {
        if (!Files.isDirectory(dir)) return List.of();
        List<KeptProblem> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                out.add(json().readValue(f.toFile(), KeptProblem.class));
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the kept refusals in " + dir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(KeptProblem::keptAt).thenComparing(KeptProblem::digest));
        return out;
    }

    /** Forgets a kept refusal whose bytes are now stored as a record (a newer parser reads them). */
    public void forget(String digest) {
        try {
            Files.deleteIfExists(dir.resolve(digest + ".json")); // the entry first: a crash between leaves bytes, never a dangling entry
            Files.deleteIfExists(dir.resolve(digest + ".bin"));
        } catch (IOException e) {
            throw new StoreException("cannot forget the kept refusal " + digest + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The bytes kept under {@code digest}; for an input that could not be read when it was given,
     * its path read again (which fails again while it is still unreadable).
     */
    public byte[] bytes(String digest) throws IOException {
        Path bin = dir.resolve(digest + ".bin");
        if (Files.exists(bin)) return Files.readAllBytes(bin);
        KeptProblem p = json().readValue(dir.resolve(digest + ".json").toFile(), KeptProblem.class);
        if (!UNREADABLE.equals(p.code())) throw new java.nio.file.NoSuchFileException(bin.toString());
        return Files.readAllBytes(Path.of(p.sourcePath()));
    }

    /** Whether the input kept under {@code digest} was its owner's alone (its kept copy, or its path when none was kept). */
    public boolean ownerOnly(KeptProblem p) {
        Path bin = dir.resolve(p.digest() + ".bin");
        return OwnerOnly.is(Files.exists(bin) ? bin : Path.of(p.sourcePath()));
    }

    /**
     * Jackson's set-up is met when a problem is first read or kept, not when the class is: a server
     * makes its {@code Problems} while it starts, and its first page reads none.
     */
    private static ObjectMapper json() {
        return RecordJson.mapper();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
