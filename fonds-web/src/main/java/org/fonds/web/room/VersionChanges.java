package org.fonds.web.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A document's versions as a person reads them: when, in words ("4 December 2026, 21:06 UTC", not
 * a nanosecond timestamp), and what changed from the version before, by the parts of the record a
 * reader knows ("title, text, notes"), found by comparing the two stored records field by field.
 */
final class VersionChanges {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
    /** The record's fields in a reader's words; a field not named here is told by its own name. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("title", "title");
        WORDS.put("date", "date");
        WORDS.put("dateRange", "date");
        WORDS.put("dateText", "date as written");
        WORDS.put("summary", "summary");
        WORDS.put("body", "text");
        WORDS.put("paragraphs", "text");
        WORDS.put("notes", "notes");
        WORDS.put("participants", "people taking part");
        WORDS.put("archivalReferences", "archival references");
        WORDS.put("protocolRefs", "protocol");
        WORDS.put("citation", "citation");
        WORDS.put("sourceUrl", "source address");
        WORDS.put("sourceUrls", "source address");
        WORDS.put("warnings", "warnings");
    }

    private VersionChanges() {
    }

    static String when(OffsetDateTime created) {
        return created.withOffsetSameInstant(ZoneOffset.UTC).format(WHEN);
    }

    /**
     * What differs from {@code before} to {@code after} (record JSON), in words: "first version" when
     * there is no before, "no change to the record" when the two are the same.
     */
    static String changed(String before, String after) {
        if (before == null) return "first version";
        try {
            JsonNode a = MAPPER.readTree(before);
            JsonNode b = MAPPER.readTree(after);
            TreeSet<String> fields = new TreeSet<>();
            for (Iterator<String> i = a.fieldNames(); i.hasNext(); ) fields.add(i.next());
            for (Iterator<String> i = b.fieldNames(); i.hasNext(); ) fields.add(i.next());
            List<String> words = new ArrayList<>();
            for (String f : fields) {
                if (f.equals("id")) continue;
                if (!java.util.Objects.equals(a.get(f), b.get(f))) {
                    String w = WORDS.getOrDefault(f, f);
                    if (!words.contains(w)) words.add(w);
                }
            }
            return words.isEmpty() ? "no change to the record" : "changed: " + String.join(", ", words);
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
