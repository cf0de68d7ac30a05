package org.fonds.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.record.RecordJson;

/**
 * Brings objects that a crash left half-written back to a valid OCFL state. ocfl-java installs a
 * version by moving its complete directory into the object and then copying that version's
 * inventory and digest sidecar to the object root; a kill between those steps leaves a version the
 * root does not know, or a root inventory without a matching sidecar. Recovery rolls forward to the
 * newest version directory whose own inventory is whole (its sidecar digest matches), and removes
 * version directories that are not whole, and objects with no whole version at all.
 */
final class Recovery {
    private static final String INVENTORY = "inventory.json";
    private static final String SIDECAR = "inventory.json.sha512";

    private Recovery() {
    }

    /** What was done to one object, for the log and the tests. */
    enum Action { NONE, ROLLED_FORWARD, ROLLED_BACK_VERSION, REMOVED_OBJECT }

    static List<Action> repair(Path objectRoot) throws IOException {
        List<Action> actions = new ArrayList<>();
        if (!Files.isDirectory(objectRoot)) return actions;
        while (true) {
            Path newest = newestVersion(objectRoot);
            if (newest == null) {
                deleteTree(objectRoot);
                // durable before the journal line naming this object goes: else a power cut could bring it back unnamed
                Durable.forceDirectory(objectRoot.getParent());
                actions.add(Action.REMOVED_OBJECT);
                return actions;
            }
            if (!isWhole(newest)) {
                deleteTree(newest);
                Durable.forceDirectory(objectRoot);
                actions.add(Action.ROLLED_BACK_VERSION);
                continue;
            }
            if (!sameBytes(newest.resolve(INVENTORY), objectRoot.resolve(INVENTORY))
                    || !sameBytes(newest.resolve(SIDECAR), objectRoot.resolve(SIDECAR))) {
                // inventory first, sidecar last: until the sidecar matches, readers see the object as broken, never as wrong
                Durable.copy(newest.resolve(INVENTORY), objectRoot.resolve(INVENTORY));
                Durable.copy(newest.resolve(SIDECAR), objectRoot.resolve(SIDECAR));
                actions.add(Action.ROLLED_FORWARD);
            }
            if (actions.isEmpty()) actions.add(Action.NONE);
            return actions;
        }
    }

    /** The version directory with the highest number, or null. */
    private static Path newestVersion(Path objectRoot) throws IOException {
        try (Stream<Path> children = Files.list(objectRoot)) {
            return children.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("v\\d+"))
                    .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(1))))
                    .orElse(null);
        }
    }

    /** A version directory whose inventory matches its sidecar, names it as head, and whose content exists. */
    private static boolean isWhole(Path version) {
        try {
            Path inventory = version.resolve(INVENTORY);
            Path sidecar = version.resolve(SIDECAR);
            if (!Files.isRegularFile(inventory) || !Files.isRegularFile(sidecar)) return false;
            byte[] bytes = Files.readAllBytes(inventory);
            String expected = Files.readString(sidecar, StandardCharsets.UTF_8).strip().split("\\s+")[0];
            if (!OcflStore.sha512(bytes).equalsIgnoreCase(expected)) return false;
            JsonNode json = RecordJson.mapper().readTree(bytes);
            String head = json.path("head").asText();
            if (!head.equals(version.getFileName().toString())) return false;
            Path objectRoot = version.getParent();
            for (JsonNode paths : json.path("manifest")) {
                for (JsonNode path : paths) {
                    String p = path.asText();
                    if (p.startsWith(head + "/") && !Files.isRegularFile(objectRoot.resolve(p))) return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        if (!Files.isRegularFile(b)) return false;
        return Files.mismatch(a, b) == -1;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
