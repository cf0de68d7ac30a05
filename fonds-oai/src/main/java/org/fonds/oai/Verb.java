package org.fonds.oai;

import java.util.Optional;
import java.util.Set;

/** The six verbs and the arguments each takes (OAI-PMH 2.0 section 4), besides {@code verb} itself. */
enum Verb {
    Identify(Set.of(), Set.of(), false),
    ListMetadataFormats(Set.of(), Set.of("identifier"), false),
    ListSets(Set.of(), Set.of(), true),
    GetRecord(Set.of("identifier", "metadataPrefix"), Set.of(), false),
    ListIdentifiers(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    ListRecords(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true);

    private final Set<String> required;
    private final Set<String> optional;
    private final boolean resumable;

    Verb(Set<String> required, Set<String> optional, boolean resumable) {
        this.required = required;
        this.optional = optional;
        this.resumable = resumable;
    }

    /** Required unless the request resumes a list with a token, which must then come alone. */
    Set<String> required() {
        return required;
    }

    boolean allows(String argument) {
        return required.contains(argument) || optional.contains(argument)
                || resumable && argument.equals(Arguments.RESUMPTION_TOKEN);
    }

    static Optional<Verb> named(String name) {
        for (Verb v : values()) {
            if (v.name().equals(name)) return Optional.of(v);
        }
        return Optional.empty();
    }
}
