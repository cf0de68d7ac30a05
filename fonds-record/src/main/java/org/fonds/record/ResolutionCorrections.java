package org.fonds.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An editor's corrections of a record's decisions and tasks (issue 17). These are not fields of the
 * record (they are read from its text by {@code fonds-deliberation}), so a correction of one is kept
 * in the record's {@code corrections} with the field {@code decision} or {@code task}: {@code before}
 * is the item as it was (empty for one added), {@code after} the item as the editor set it (empty for
 * one removed). An item is its text, and for a task the names of the people tasked after it.
 *
 * <p>A correction names the item it changes by its text, compared by {@link #key}: case, spacing and
 * closing punctuation ignored. Not by position: a reparse that finds one more or one fewer decision
 * before it (a rule added to the extraction) shifts every position after, and a correction by number
 * would then remove or rewrite the wrong decision. A text survives such a change; when an improved
 * extraction now finds the text the editor removed no more, the removal has nothing left to do, and
 * an edit of a text no longer found is laid over as the editor's item (the editor's wording wins).
 */
public final class ResolutionCorrections {
    public static final String DECISION = "decision", TASK = "task";
    /** Most names a task may give. */
    private static final int MAX_NAMES = 50;

    private ResolutionCorrections() {
    }

    /** One decision or task as corrections see it; {@code correctedBy} the editor of the last change to it, or null. */
    public record Item(String text, List<String> names, String correctedBy) {
        public Item {
            names = names == null ? List.of() : List.copyOf(names);
        }

        static Item of(List<String> value, String editor) {
            return new Item(value.getFirst(), value.subList(1, value.size()), editor);
        }
    }

    public static boolean isField(String field) {
        return DECISION.equals(field) || TASK.equals(field);
    }

    /** What a correction keeps for an item: its text, then a task's names. */
    public static List<String> value(String text, List<String> names) {
        List<String> out = new ArrayList<>();
        out.add(text.strip());
        for (String n : names) if (!n.isBlank()) out.add(n.strip());
        return out;
    }

    /** The key an item is named by: its text with case, runs of spaces and closing punctuation ignored. */
    public static String key(String text) {
        String s = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int end = s.length();
        while (end > 0 && ".;:,!".indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end).strip();
    }

    /** Why the change from {@code before} to {@code after} cannot be made in {@code field}, or null when it can. */
    public static String problem(String field, List<String> before, List<String> after) {
        if (!isField(field)) return "'" + field + "' is not a decision or a task";
        if (before.isEmpty() && after.isEmpty()) return "a correction of a " + field + " adds, removes or edits one";
        for (List<String> v : List.of(before, after)) {
            if (v.isEmpty()) continue;
            if (v.getFirst().isBlank() || key(v.getFirst()).isEmpty()) return "a " + field + " has a text";
            for (String s : v) if (s.isBlank() || s.length() > Corrections.MAX_TEXT) return field + ": each value is 1 to " + Corrections.MAX_TEXT + " characters";
            if (DECISION.equals(field) && v.size() > 1) return "a decision names no one; give its text only";
            if (v.size() > MAX_NAMES + 1) return "a task names at most " + MAX_NAMES + " people";
        }
        if (!before.isEmpty() && !after.isEmpty() && before.equals(after)) return field + " already reads so; nothing was changed";
        return null;
    }

    /**
     * {@code extracted} (the items of {@code field} read from the text) with the {@code corrections} of
     * that field laid over them in order: a removal drops the item of the same key, an edit replaces
     * it in place (or adds the editor's item when the text is no longer found), an addition appends.
     * Items a correction touched carry the editor's name.
     */
    public static List<Item> overlay(String field, List<Item> extracted, List<Correction> corrections) {
        List<Item> items = new ArrayList<>(extracted);
        for (Correction c : corrections) {
            if (!field.equals(c.field()) || problem(field, c.before(), c.after()) != null) continue;
            int at = c.before().isEmpty() ? -1 : indexOf(items, c.before().getFirst());
            if (c.after().isEmpty()) {
                if (at >= 0) items.remove(at);
            } else if (at >= 0) {
                items.set(at, Item.of(c.after(), c.editor()));
            } else if (indexOf(items, c.after().getFirst()) < 0) {
                items.add(Item.of(c.after(), c.editor()));
            }
        }
        return items;
    }

    private static int indexOf(List<Item> items, String text) {
        String k = key(text);
        for (int i = 0; i < items.size(); i++) if (key(items.get(i).text()).equals(k)) return i;
        return -1;
    }
}
