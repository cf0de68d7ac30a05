package org.fonds.web.derived;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.tables.Table;

/** The downloadable tables by name; the names are those {@code fonds tables} gives its files. */
public final class Tables {
    private Tables() {
    }

    public static Map<String, Table> all(Deliberations d) {
        Map<String, Table> t = new LinkedHashMap<>();
        t.put("attendance", d.attendance());
        t.put("speaking", d.speaking());
        t.put("statements", d.statements());
        t.put("decisions-and-tasks", d.log());
        t.put("references", d.references());
        t.put("works", d.works());
        t.put("timeline", d.timeline());
        return t;
    }

    public static Optional<Table> named(Deliberations d, String name) {
        return Optional.ofNullable(all(d).get(name));
    }
}
