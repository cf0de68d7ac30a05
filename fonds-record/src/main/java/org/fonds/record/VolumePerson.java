package org.fonds.record;

import java.util.Objects;

/**
 * A person as an edition's list of persons identifies them (FRUS: "Kádár, János, General Secretary
 * of the Hungarian Workers' Party ..."). {@code ref} is the entry's id within the volume, prefixed
 * by the volume ({@code frus1955-57v25#p_KJ1}), so entries of two volumes never collide;
 * {@code name} is the entry's name as written, surname first; {@code identification} the text after it.
 */
public record VolumePerson(String ref, String name, String identification) {
    public VolumePerson {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        identification = Objects.requireNonNullElse(identification, "");
    }
}
