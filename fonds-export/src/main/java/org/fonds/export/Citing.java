package org.fonds.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a citation needs that the record alone does not know: where this archive serves the
 * document, when the reader looked at it, and which stored version they saw.
 *
 * @param pageUrl  the public URL of the document page, e.g. {@code http://127.0.0.1:8080/documents/wcda-111883}
 * @param accessed the access date
 * @param version  the stored version (1 and up)
 */
public record Citing(String pageUrl, LocalDate accessed, int version) {
    public Citing {
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(accessed, "accessed");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1 (got: " + version + ")");
        }
    }

    /** The page of document {@code id} under the archive's base URL ({@code http://host:port}, no trailing slash needed). */
    public static Citing at(String baseUrl, String id, LocalDate accessed, int version) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new Citing(base + "/documents/" + Clean.url(id), accessed, version);
    }
}
