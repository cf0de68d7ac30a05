package org.fonds.export;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.fonds.record.ArchiveRecord;

/**
 * The people of a document (participants, then speakers not among them) with the TEI
 * {@code xml:id} each gets: "person-" and the name in ASCII letters,
 * numbered when two names come out alike.
 */
record People(Map<String, String> all) {
    static People of(ArchiveRecord r) {
        Map<String, String> ids = new LinkedHashMap<>();
        Stream.of(r.participants().stream(), r.speakers().stream(), r.turns().stream().flatMap(t -> t.speakers().stream()))
                .flatMap(s -> s)
                .map(Clean::oneLine)
                .filter(name -> !name.isEmpty())
                .forEach(name -> ids.computeIfAbsent(name, n -> unique("person-" + ascii(n), ids)));
        return new People(Collections.unmodifiableMap(ids));
    }

    /** The id of a name: "#person-Zhukov" as TEI's pointers write it. */
    String pointer(String name) {
        return "#" + all.get(Clean.oneLine(name));
    }

    /** Accents dropped ("Kádár" is "Kadar") and anything else outside ASCII letters and digits "_". */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String unique(String id, Map<String, String> taken) {
        String candidate = id;
        for (int n = 2; taken.containsValue(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }
}
