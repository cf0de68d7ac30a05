package org.fonds.oai;

import java.util.Objects;

/** A set as ListSets names it: its setSpec and a name for people. */
record OaiSet(String spec, String name) {
    OaiSet {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(name, "name");
        if (!Arguments.SET_SPEC.matcher(spec).matches()) throw new IllegalArgumentException("not a setSpec: " + spec);
    }
}
