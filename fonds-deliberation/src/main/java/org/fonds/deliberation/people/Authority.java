package org.fonds.deliberation.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What editors assert about people: entries (id, preferred name, forms) and distinctions. The
 * corpus adds what it shows; where the two disagree the authority wins. Stored as JSON by
 * {@link AuthorityFile}; the format is described in {@code README-authority.md}.
 */
public record Authority(List<AuthorityEntry> people, List<Distinction> distinct) {
    public Authority {
        people = people == null ? List.of() : List.copyOf(people);
        distinct = distinct == null ? List.of() : List.copyOf(distinct);
        Set<String> ids = new HashSet<>();
        for (AuthorityEntry e : people) {
            if (!ids.add(e.id())) throw new IllegalArgumentException("person id used twice (got: " + e.id() + ")");
        }
    }

    public static Authority empty() {
        return new Authority(List.of(), List.of());
    }

    /** The authority shipped for the people of the sample records. */
    public static Authority sample() {
        try (InputStream in = Authority.class.getResourceAsStream("/org/fonds/deliberation/sample-authority.json")) {
            if (in == null) throw new IllegalStateException("sample-authority.json is missing from the classpath");
            return AuthorityFile.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
