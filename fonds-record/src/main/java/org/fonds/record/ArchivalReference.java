package org.fonds.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * An archival location such as "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 19-22": archive, fond, opis
 * (inventory), papka (folder, used by AVPRF), delo (file) and leaves. Parts absent from the
 * reference are null and left out of the JSON; {@code text} is the reference as written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"archive", "fond", "opis", "papka", "delo", "leaves", "text"})
public record ArchivalReference(String archive, String fond, String opis, String papka, String delo,
                                String leaves, String text) {
    public ArchivalReference {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(text, "text");
    }

    /** The archival file (delo) this reference points into, e.g. "TsKhSD F. 3, Op. 12, D. 1006". */
    public String fileKey() {
        StringBuilder key = new StringBuilder(archive);
        if (fond != null) key.append(" F. ").append(fond);
        if (opis != null) key.append(", Op. ").append(opis);
        if (papka != null) key.append(", P. ").append(papka);
        if (delo != null) key.append(", D. ").append(delo);
        return key.toString();
    }
}
