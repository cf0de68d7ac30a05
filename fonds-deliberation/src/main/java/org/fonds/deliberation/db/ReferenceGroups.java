package org.fonds.deliberation.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.fonds.deliberation.tables.Citation;
import org.fonds.deliberation.tables.ReferenceGroup;

/**
 * Makes the references table's groups from citation rows read in file order: one file's citations
 * are held at a time. The file is named as its earliest citation (by date, then document, then
 * place) writes it, as the table built in memory names it after the first it meets.
 */
final class ReferenceGroups {
    static final String SELECT = "SELECT file_key, doc_id, place, leaves, body, sort_day, seq, archive, fond, opis, papka, delo"
            + " FROM file_citations";

    private final Consumer<ReferenceGroup> sink;
    private String key;
    private final List<Citation> citations = new ArrayList<>();
    private final Set<String> documents = new HashSet<>();
    private String[] first;
    private String firstOrder;

    ReferenceGroups(Consumer<ReferenceGroup> sink) {
        this.sink = sink;
    }

    void add(ResultSet rs) throws SQLException {
        String k = rs.getString(1);
        if (!k.equals(key)) {
            finish();
            key = k;
        }
        citations.add(new Citation(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        documents.add(rs.getString(2));
        // date, then document, then place in it: the order extracts are met in when the table is built in memory
        String order = rs.getString(6) + '\u0000' + rs.getString(2) + '\u0000' + String.format("%010d", rs.getInt(7));
        if (first == null || order.compareTo(firstOrder) < 0) {
            firstOrder = order;
            first = new String[] {rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)};
        }
    }

    void finish() {
        if (key != null) sink.accept(new ReferenceGroup(first[0], first[1], first[2], first[3], first[4], documents.size(), citations));
        key = null;
        first = null;
        citations.clear();
        documents.clear();
    }
}
