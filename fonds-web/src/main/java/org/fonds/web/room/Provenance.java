package org.fonds.web.room;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a version's message says, fit for a public page: the store keeps "ingest of" with the path
 * of the machine that ingested the file, and a public page names the file only (spec/INTERFACES.md,
 * "Addresses"; issue 15).
 */
public final class Provenance {
    /** "ingest of /home/me/exports/a.txt" or "ingest of C:\\exports\\a.txt": the path up to its last separator. */
    private static final Pattern PATH = Pattern.compile("^(ingest of )[^\\n]{0,4096}[/\\\\]");

    private Provenance() {
    }

    public static String publicMessage(String message) {
        if (message == null) return "";
        Matcher m = PATH.matcher(message);
        return m.lookingAt() ? m.group(1) + message.substring(m.end()) : message;
    }
}
