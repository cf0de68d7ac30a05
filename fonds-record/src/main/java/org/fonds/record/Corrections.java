package org.fonds.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which fields of a record an editor may correct, what a value of each may be, and how corrections
 * are laid over a record: the latest correction of a field wins, over the parser's reading too
 * (a {@code reparse} lays the kept corrections over what the new parser read).
 */
public final class Corrections {
    /** The fields an editor may correct: one value ({@code title}, {@code date}, {@code kind}) or a list. */
    public static final List<String> FIELDS = List.of("title", "date", "kind", "from", "to", "participants", "speakers");
    private static final Set<String> ONE_VALUE = Set.of("title", "date", "kind");
    /** spec/RECORD.md's kinds. */
    public static final List<String> KINDS = List.of("working notes", "minutes", "transcript", "telegram",
            "memorandum of conversation", "letter", "report", "diary", "speech", "note", "other");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Longest value of a field and most values of a list an editor may set. */
    public static final int MAX_TEXT = 2_000, MAX_VALUES = 500;

    private Corrections() {
    }

    public static boolean oneValue(String field) {
        return ONE_VALUE.contains(field);
    }

    /** What {@code field} holds in {@code r}, as a correction writes it. */
    public static List<String> value(ArchiveRecord r, String field) {
        JsonNode v = RecordJson.mapper().valueToTree(r).get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isArray()) v.forEach(x -> out.add(x.asText()));
        else out.add(v.asText());
        return out;
    }

    /**
     * Why {@code value} cannot be set in {@code field}, or null when it can: a field that is not
     * correctable, an empty title, a date that is not an ISO day, a kind not in the list.
     */
    public static String problem(String field, List<String> value) {
        if (!FIELDS.contains(field)) return "'" + field + "' is not a field an editor can correct (one of " + String.join(", ", FIELDS) + ")";
        if (value.size() > MAX_VALUES) return field + ": at most " + MAX_VALUES + " values";
        for (String v : value) {
            if (v.isBlank() || v.length() > MAX_TEXT) return field + ": each value is 1 to " + MAX_TEXT + " characters";
        }
        if (oneValue(field) && value.size() > 1) return field + " holds one value";
        return switch (field) {
            case "title" -> value.isEmpty() ? "a record keeps a title" : null;
            case "date" -> value.isEmpty() || validDate(value.get(0)) ? null : "date: a day as YYYY-MM-DD (got: '" + value.get(0) + "')";
            case "kind" -> value.isEmpty() || KINDS.contains(value.get(0)) ? null : "kind: one of " + String.join(", ", KINDS);
            default -> null;
        };
    }

    private static boolean validDate(String s) {
        if (!ISO_DATE.matcher(s).matches()) return false;
        try {
            java.time.LocalDate.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** {@code r} with {@code field} set to {@code value} (checked by {@link #problem} first). */
    public static ArchiveRecord set(ArchiveRecord r, String field, List<String> value) {
        ObjectNode tree = RecordJson.mapper().valueToTree(r);
        if (oneValue(field)) {
            if (value.isEmpty()) tree.putNull(field);
            else tree.put(field, value.get(0));
        } else {
            ArrayNode list = tree.putArray(field);
            value.forEach(list::add);
        }
        try {
            return RecordJson.mapper().treeToValue(tree, ArchiveRecord.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a record with " + field + " set does not read back: " + e.getMessage(), e);
        }
    }

    /**
     * {@code parsed} (a new reading of a source) with the {@code kept} corrections laid over it, in
     * order, and carried on; {@code parsed} itself when there are none.
     */
    public static ArchiveRecord keep(ArchiveRecord parsed, List<Correction> kept) {
        if (kept.isEmpty()) return parsed;
        ArchiveRecord r = parsed;
        for (Correction c : kept) {
            if (problem(c.field(), c.after()) == null) r = set(r, c.field(), c.after());
        }
        return r.withCorrections(kept);
    }
}
