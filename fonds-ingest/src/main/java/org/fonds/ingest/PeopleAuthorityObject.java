package org.fonds.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityFile;
import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.VersionSummary;
import org.fonds.store.OcflStore;

/**
 * The editors' people corrections, kept in the store as an OCFL object of the home's own
 * ({@value #ID}): each version holds the whole corrections layer as an authority file
 * ({@value #FILE}, format README-authority.md) and its metadata names the editor and says what and
 * why. {@code verify} checks the object like every other; the tables lay the head version over the
 * hand-written {@code authority.json} ({@link Authority#overlay}), so a rebuild from the store
 * ({@code reindex}) applies every correction.
 */
public final class PeopleAuthorityObject {
    public static final String ID = OcflStore.HOME_OBJECT_PREFIX + "people-authority";
    public static final String FILE = "authority.json";

    private PeopleAuthorityObject() {
    }

    /** The corrections layer at its latest version; empty when no editor has corrected people. */
    public static Authority head(OcflStore store) {
        return at(store, VersionRef.LATEST).orElse(Authority.empty());
    }

    /** The corrections layer as version {@code n} left it; version 0 is the empty layer before any change. */
    public static Authority version(OcflStore store, int n) {
        if (n == 0) return Authority.empty();
        return at(store, VersionRef.of(n)).orElseThrow(() -> new IllegalArgumentException("no people change " + n));
    }

    private static Optional<Authority> at(OcflStore store, VersionRef ref) {
        if (!store.contains(ID)) return Optional.empty();
        return store.readFile(ID, ref, FILE).map(b -> AuthorityFile.parse(new String(b, StandardCharsets.UTF_8)));
    }

    /** Every version, oldest first, with the message its change wrote. */
    public static List<VersionSummary> history(OcflStore store) {
        return store.history(ID);
    }

    /** Writes {@code layer} as the next version; durable once the store is flushed. Returns its number. */
    public static int write(OcflStore store, Authority layer, String editor, String message) {
        return store.putHomeFile(ID, FILE, AuthorityFile.json(layer).getBytes(StandardCharsets.UTF_8), editor, message);
    }
}
