package org.fonds.archive.accounts;

import java.util.Locale;
import org.fonds.error.InvalidRequestException;

/**
 * What an account may do. Readers need no account: the reading room is public. A {@code reader}
 * account signs in and changes nothing (a guest historian, and the role the security tests use);
 * an {@code editor} corrects records and people; an {@code admin} may also undo anyone's change.
 */
public enum Role {
    READER, EDITOR, ADMIN;

    public boolean canEdit() {
        return this != READER;
    }

    /** The role's name as the command line and the accounts file write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code editor}, {@code admin} or {@code reader}; anything else is refused, naming it. */
    public static Role parse(String text) {
        for (Role r : values()) if (r.label().equals(text)) return r;
        throw new InvalidRequestException("bad-role", "no role '" + text + "': one of reader, editor, admin");
    }
}
