package org.fonds.oai;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list: up to {@code size} matching entries after a given id. The page also counts
 * every match in the table, for completeListSize: a pass over memory, no reads from the store.
 *
 * @param cursor           how many items earlier pages sent
 * @param completeListSize the matches in the table now, never fewer than the harvest has seen
 */
record Page(List<Catalog.Entry> items, int cursor, int completeListSize, boolean more) {
    Page {
        items = List.copyOf(items);
    }

    /** The page after {@code afterId} (null: from the start). */
    static Page of(ScannedCatalog.Snapshot table, Filter filter, String afterId, int cursor, int size) {
        int start = afterId == null ? 0 : table.indexAfter(afterId);
        List<Catalog.Entry> items = new ArrayList<>(Math.min(size, 1024));
        int before = 0;
        int after = 0;
        List<Catalog.Entry> entries = table.entries();
        for (int i = 0; i < entries.size(); i++) {
            Catalog.Entry e = entries.get(i);
            if (!filter.matches(e)) continue;
            if (i < start) before++;
            else if (items.size() < size) items.add(e);
            else after++;
        }
        // Documents added before the cursor since the harvest began make "before" larger than the
        // cursor; the size must still cover what the harvester has had and will get, or some
        // harvesters stop early.
        int total = Math.max(before, cursor) + items.size() + after;
        return new Page(items, cursor, total, after > 0);
    }

    Catalog.Entry last() {
        return items.getLast();
    }
}
