package org.fonds.record.stored;

/**
 * An input the archive refused, kept byte for byte under its digest with why it was refused
 * ({@code fonds problems}, the problems page). {@code line} is 0 where no line applies.
 */
public record KeptProblem(String digest, String sourcePath, String code, String message, int line, String keptAt) {
    /** Where it went wrong, as "file:line" or the file alone. */
    public String where() {
        return line > 0 ? sourcePath + ":" + line : sourcePath;
    }
}
