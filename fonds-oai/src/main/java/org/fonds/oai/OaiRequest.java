package org.fonds.oai;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request whose arguments are all legal for its verb: each given once, the required ones present,
 * dates well formed and in order. {@code arguments} keeps them as given (verb included), in the
 * order the response's request element echoes them.
 */
record OaiRequest(Verb verb, Map<String, String> arguments, UtcDate from, UtcDate until) {
    OaiRequest {
        Objects.requireNonNull(verb, "verb");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(arguments.get(name));
    }
}
