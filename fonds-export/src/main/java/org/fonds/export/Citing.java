package org.fonds.export;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a citation needs that the record alone does not know: where this Fonds serves the document
 * publicly, if anywhere, when the reader looked at it, and which stored version they saw.
 *
 * <p>A citation names the archive's own address (the record's {@code sourceUrl}). Fonds' address
 * is only "accessed through", and only when the operator gave a public one ({@code --public-url}):
 * the address a server happens to listen on, or a request's Host header, is nobody's to cite.
 *
 * @param fondsPage the public URL of the document page, e.g. {@code https://archive.example.org/documents/wcda-111883},
 *                  or null when Fonds has no public address
 * @param accessed  the access date
 * @param version   the stored version (1 and up)
 */
public record Citing(String fondsPage, LocalDate accessed, int version) {
    public Citing {
        Objects.requireNonNull(accessed, "accessed");
        if (fondsPage != null && fondsPage.isBlank()) fondsPage = null;
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1 (got: " + version + ")");
        }
    }

    /**
     * The page of document {@code id} under Fonds' public base URL ({@code https://host/prefix}, a trailing
     * slash is fine); a null or blank base means Fonds has no public address and is not named.
     */
    public static Citing at(String publicBaseUrl, String id, LocalDate accessed, int version) {
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) return new Citing(null, accessed, version);
        String base = publicBaseUrl.strip();
        if (base.endsWith("/")) base = base.substring(0, base.length() - 1);
        return new Citing(base + "/documents/" + Clean.url(id), accessed, version);
    }

    /** The document's page in Fonds, when Fonds has a public address. */
    public Optional<String> fondsPageUrl() {
        return Optional.ofNullable(fondsPage);
    }
}
