package org.fonds.parse.decode;

import java.util.Objects;

/**
 * Text decoded from a file's bytes: the charset used, whether it was a fallback guess, the line of
 * the first byte that was not UTF-8, and whether the file ended in the middle of a character.
 */
public record Decoded(String text, String charset, boolean fallback, int firstNonUtf8Line, boolean truncated) {
    public Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
