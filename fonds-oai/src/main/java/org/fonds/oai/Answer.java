package org.fonds.oai;

import java.util.List;

/** What a verb answers: content for the envelope, or the errors that stop it. */
sealed interface Answer {
    record Content(OaiXml.Part part) implements Answer {
    }

    record Failure(List<OaiError> errors) implements Answer {
        public Failure {
            errors = List.copyOf(errors);
        }
    }

    static Answer failure(ErrorCode code, String message) {
        return new Failure(List.of(new OaiError(code, message)));
    }
}
