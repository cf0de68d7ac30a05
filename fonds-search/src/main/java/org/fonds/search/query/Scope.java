package org.fonds.search.query;

import java.util.Locale;
import java.util.Optional;

/** The field scopes a reader may type before a colon ({@code person:Kadar}); {@code schema.Target} says what each searches. */
public enum Scope {
    TITLE("title"),
    SUMMARY("summary"),
    BODY("body"),
    NOTES("notes"),
    PERSON("person"),
    SPEAKER("speaker"),
    PARTICIPANT("participant"),
    ARCHIVE("archive"),
    FOND("fond"),
    OPIS("opis"),
    DELO("delo"),
    LANGUAGE("language"),
    REPOSITORY("repository"),
    TYPE("type"),
    KIND("kind"),
    ID("id"),
    YEAR("year"),
    DATE("date");

    private final String name;

    Scope(String name) {
        this.name = name;
    }

    /** The name typed before the colon. */
    public String scopeName() {
        return name;
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
