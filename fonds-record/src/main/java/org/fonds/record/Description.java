package org.fonds.record;

import java.util.List;

/**
 * What a record says of itself beyond title and date (spec/RECORD.md, amended December 2026): the
 * layout it was read in, its kind, who sent it to whom and from where, its security marking, who
 * translated it and who chaired the meeting it records. Strings are as written; null when absent.
 */
public record Description(String layout, String kind, List<String> from, List<String> to, String place,
                          String classification, List<String> translators, String chair) {
    public Description {
        from = from == null ? List.of() : List.copyOf(from);
        to = to == null ? List.of() : List.copyOf(to);
        translators = translators == null ? List.of() : List.copyOf(translators);
    }

    public static Description plain() {
        return new Description("plain", null, List.of(), List.of(), null, null, List.of(), null);
    }
}
