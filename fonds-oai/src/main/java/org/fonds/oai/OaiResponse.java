package org.fonds.oai;

import java.util.Objects;

/**
 * What the provider answers: an HTTP status and an OAI-PMH document. Protocol errors are
 * {@code <error>} elements in a 200 response, as OAI-PMH 2.0 requires, so the status is 200 for
 * every request the provider could answer at all.
 */
public record OaiResponse(int status, String xml) {
    public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    public OaiResponse {
        Objects.requireNonNull(xml, "xml");
    }
}
