package org.fonds.search.schema;

import java.util.List;
import org.fonds.search.query.Scope;

/**
 * An index field a query clause searches, with the weight of a match there. Both engines translate
 * a clause into one sub-query per target, so they rank by the same rules: a word in the title counts
 * three times one in the body, and a name spelled as typed counts twice one that only sounds alike.
 */
public record Target(Field field, float boost) {
    private static final List<Target> DEFAULTS = List.of(
            new Target(Field.TITLE, 3), new Target(Field.SUMMARY, 2), new Target(Field.BODY, 1),
            new Target(Field.NOTES, 1), new Target(Field.PERSON, 2));

    /** The targets of a clause in {@code scope}, or of an unscoped clause when {@code scope} is null. */
    public static List<Target> of(Scope scope) {
        if (scope == null) return DEFAULTS;
        return switch (scope) {
            case TITLE -> one(Field.TITLE);
            case SUMMARY -> one(Field.SUMMARY);
            case BODY -> one(Field.BODY);
            case NOTES -> one(Field.NOTES);
            case PERSON -> names(Field.PERSON, Field.PERSON_SOUND);
            case SPEAKER -> names(Field.SPEAKER, Field.SPEAKER_SOUND);
            case PARTICIPANT -> names(Field.PARTICIPANT, Field.PARTICIPANT_SOUND);
            case ARCHIVE -> one(Field.ARCHIVE);
            case FOND -> one(Field.FOND);
            case OPIS -> one(Field.OPIS);
            case DELO -> one(Field.DELO);
            case LANGUAGE -> one(Field.LANGUAGE);
            case REPOSITORY -> one(Field.REPOSITORY);
            case TYPE -> one(Field.TYPE);
            case KIND -> one(Field.KIND);
            case ID -> one(Field.ID);
            case YEAR, DATE -> throw new IllegalArgumentException(scope + " takes dates, not words");
        };
    }

    /**
     * The targets for prefix and fuzzy clauses: the same without the phonetic fields, whose terms
     * are sound codes that a typed stem or a misspelling says nothing about.
     */
    public static List<Target> spelled(Scope scope) {
        return of(scope).stream().filter(t -> t.field.kind() != Kind.PHONETIC).toList();
    }

    private static List<Target> one(Field f) {
        return List.of(new Target(f, 1));
    }

    private static List<Target> names(Field exact, Field sound) {
        return List.of(new Target(exact, 2), new Target(sound, 1));
    }
}
