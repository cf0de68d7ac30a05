package org.fonds.archive.accounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.fonds.error.EnvironmentException;
import org.fonds.error.InvalidRequestException;
import org.fonds.error.NotFoundException;
import org.fonds.record.RecordJson;

/**
 * The home's accounts, kept in one JSON file that only its owner may read or write (mode 600: the
 * hashes are slow to guess, not impossible). Every change rewrites the file whole: a temporary file
 * made with mode 600 from the start, forced, and renamed over the old one, under a lock file, so a
 * crash leaves the old accounts or the new and two commands never lose each other's change. It is
 * read afresh on every question, so a server sees {@code fonds user remove} at once.
 */
public final class Accounts {
    /** The shortest password taken (NIST SP 800-63B asks for at least 8). */
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 1024;
    private static final int FORMAT = 1;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final ObjectMapper JSON = RecordJson.mapper();

    private final Path file;

    public Accounts(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Every account, by name. */
    public List<Account> list() {
        return read();
    }

    /** Whether any account exists: editing is switched off until one does. */
    public boolean any() {
        return !read().isEmpty();
    }

    public Optional<Account> find(String name) {
        return read().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * The account {@code name} when {@code password} is its password. An unknown name costs the same
     * hash as a known one, so timing does not tell which names exist.
     */
    public Optional<Account> check(String name, char[] password) {
        Optional<Account> a = find(name);
        boolean ok = PasswordHash.matches(password, a.map(Account::hash).orElse(DUMMY));
        return ok && a.isPresent() ? a : Optional.empty();
    }

    private static final String DUMMY = PasswordHash.hash("not a password of anyone".toCharArray());

    public Account add(String name, Role role, char[] password) {
        Account.checkName(name);
        String hash = PasswordHash.hash(checkPassword(password));
        Account made = new Account(name, role, hash);
        change(accounts -> {
            if (accounts.stream().anyMatch(a -> a.name().equals(name))) {
                throw new InvalidRequestException("account-exists", "there is already an account '" + name + "' in " + file);
            }
            List<Account> out = new ArrayList<>(accounts);
            out.add(made);
            return out;
        });
        return made;
    }

    public void remove(String name) {
        change(accounts -> {
            List<Account> out = new ArrayList<>(accounts);
            if (!out.removeIf(a -> a.name().equals(name))) throw noSuch(name);
            return out;
        });
    }

    public void setPassword(String name, char[] password) {
        String hash = PasswordHash.hash(checkPassword(password));
        change(accounts -> {
            List<Account> out = new ArrayList<>();
            boolean found = false;
            for (Account a : accounts) {
                found |= a.name().equals(name);
                out.add(a.name().equals(name) ? new Account(name, a.role(), hash) : a);
            }
            if (!found) throw noSuch(name);
            return out;
        });
    }

    private NotFoundException noSuch(String name) {
        return new NotFoundException("no account '" + name + "' in " + file);
    }

    private static char[] checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new InvalidRequestException("bad-password", "a password is " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
        }
        return password;
    }

    // ---- the file

    private List<Account> read() {
        if (!Files.exists(file)) return List.of();
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<Account> out = new ArrayList<>();
            for (JsonNode a : root.path("accounts")) {
                out.add(new Account(a.path("name").asText(), Role.parse(a.path("role").asText()), a.path("hash").asText()));
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            throw EnvironmentException.of("accounts", new IllegalStateException("cannot read the accounts file " + file + ": " + e.getMessage(), e));
        }
    }

    private void change(UnaryOperator<List<Account>> edit) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = ch.lock()) {
                write(edit.apply(read()));
            }
        } catch (IOException e) {
            throw EnvironmentException.of("accounts", new UncheckedIOException("cannot write the accounts file " + file + ": " + e.getMessage(), e));
        }
    }

    private void write(List<Account> accounts) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("accounts");
        for (Account a : accounts) list.addObject().put("name", a.name()).put("role", a.role().label()).put("hash", a.hash());
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
            ch.write(java.nio.ByteBuffer.wrap((pretty(root) + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    private static String pretty(JsonNode root) throws JsonProcessingException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
