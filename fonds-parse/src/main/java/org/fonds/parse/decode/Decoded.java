package org.fonds.parse.decode;

import java.util.Objects;

/** Text decoded from a file's bytes, with the charset used and whether it was a fallback guess. */
public record Decoded(String text, String charset, boolean fallback, int firstNonUtf8Line) {
    public Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
