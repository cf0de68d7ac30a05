package org.fonds.archive.accounts;

import java.util.Objects;
import java.util.regex.Pattern;
import org.fonds.error.InvalidRequestException;

/** One account of the home: its name, its role and its password's hash (never the password). */
public record Account(String name, Role role, String hash) {
    /** Names that read the same in a log line, a URL and a version's metadata. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Account {
        checkName(name);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(hash, "hash");
    }

    /** Refuses a name that is not 1-64 letters, digits, dots, dashes or underscores, naming it. */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRequestException("bad-account-name", "an account name is 1 to 64 letters, digits, '.', '-' or '_',"
                    + " starting with a letter or digit (got: '" + name + "')");
        }
        return name;
    }
}
