package org.fonds.export;

import java.util.Locale;
import java.util.Optional;

/** Language names of the records ("Russian") as BCP 47 codes ("ru"), which TEI and CSL require. */
final class Languages {
    private Languages() {
    }

    /** The code of an English language name, by the JDK's own table; empty for a name it does not know. */
    static Optional<String> code(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String wanted = name.strip();
        for (String iso : Locale.getISOLanguages()) {
            if (Locale.of(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(wanted)) return Optional.of(iso);
        }
        return Optional.empty();
    }
}
