package org.fonds.search;

import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. Date orders put undated documents last and break ties by id. */
public enum SortOrder {
    RELEVANCE("relevance"),
    DATE("date"),
    DATE_DESC("-date");

    private final String param;

    SortOrder(String param) {
        this.param = param;
    }

    /** The value of the {@code sort} parameter. */
    public String param() {
        return param;
    }

    public static Optional<SortOrder> of(String param) {
        String p = param.strip().toLowerCase(Locale.ROOT);
        for (SortOrder s : values()) if (s.param.equals(p)) return Optional.of(s);
        return Optional.empty();
    }
}
