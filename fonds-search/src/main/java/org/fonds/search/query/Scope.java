package org.fonds.search.query;

import java.util.Locale;
import java.util.Optional;

/** The field scopes a reader may type before a colon ({@code person:Kadar}), and what each searches. */
public enum Scope {
    TITLE("title", "the title"),
    SUMMARY("summary", "the summary"),
    BODY("body", "the translated text"),
    NOTES("notes", "the translator's notes"),
    PERSON("person", "participants and speakers, any spelling"),
    SPEAKER("speaker", "people who speak in the record, any spelling"),
    PARTICIPANT("participant", "people listed as taking part, any spelling"),
    ARCHIVE("archive", "the archive of an archival reference (TsKhSD)"),
    FOND("fond", "the fond number of an archival reference (3)"),
    OPIS("opis", "the opis (inventory) number (12)"),
    DELO("delo", "the delo (file) number (1006)"),
    LANGUAGE("language", "the original or translation language"),
    REPOSITORY("repository", "the repository named in the citation"),
    TYPE("type", "the kind of document (working notes, telegram, ...)"),
    ID("id", "the document id"),
    YEAR("year", "the year of the document (1956, or [1955 TO 1957])"),
    DATE("date", "the date of the document (1956-11-02, or [1956-10-23 TO 1956-11-04])");

    private final String name;
    private final String help;

    Scope(String name, String help) {
        this.name = name;
        this.help = help;
    }

    /** The name typed before the colon. */
    public String scopeName() {
        return name;
    }

    /** One line for the query help. */
    public String help() {
        return help;
    }

    /** True for the scopes whose values are dates ({@link Expr.During}). */
    public boolean isDate() {
        return this == YEAR || this == DATE;
    }

    /** The scope named {@code name}, ignoring case. */
    public static Optional<Scope> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Scope s : values()) if (s.name.equals(n)) return Optional.of(s);
        return Optional.empty();
    }
}
