package org.fonds.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fonds.search.SearchIndex;
import org.fonds.store.OcflStore;

/**
 * {@code fonds verify}: the fixity and OCFL validity of every stored object, and that the index
 * holds exactly the stored documents at their latest versions. Problems are lines for people.
 */
public final class Verification {
    private Verification() {
    }

    public static List<String> run(OcflStore store, SearchIndex index) {
        return run(store, index.committed());
    }

    /** The same, given what the index holds committed (read without opening it for writing). */
    public static List<String> run(OcflStore store, Map<String, Integer> indexed) {
        List<String> problems = new ArrayList<>(store.verify(true));
        Map<String, Integer> stored = new TreeMap<>();
        store.ids().forEach(id -> stored.put(id, store.headVersion(id)));
        for (Map.Entry<String, Integer> e : stored.entrySet()) {
            Integer v = indexed.get(e.getKey());
            if (v == null) {
                problems.add("index: " + e.getKey() + " is stored (v" + e.getValue() + ") but not indexed; run fonds reindex");
            } else if (!v.equals(e.getValue())) {
                problems.add("index: " + e.getKey() + " is indexed at v" + v + " but stored at v" + e.getValue()
                        + "; run fonds reindex");
            }
        }
        for (String id : new TreeSet<>(indexed.keySet())) {
            if (!stored.containsKey(id)) problems.add("index: " + id + " is indexed but not stored; run fonds reindex");
        }
        return problems;
    }
}
