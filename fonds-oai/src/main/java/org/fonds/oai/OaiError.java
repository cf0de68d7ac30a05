package org.fonds.oai;

import java.util.Objects;

/** One protocol error: its code and a message for the person reading the harvest log. */
record OaiError(ErrorCode code, String message) {
    OaiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
