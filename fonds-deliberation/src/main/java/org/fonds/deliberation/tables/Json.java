package org.fonds.deliberation.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON writer of the derived tables: the same value always gives the same bytes. */
public final class Json {
    /** Reads back what was made of the largest record the archive takes (issue 15). */
    public static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(org.fonds.record.RecordJson.READ_CONSTRAINTS).build())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * The same writer for streams written value by value (a table's rows): without a flush after
     * each value, which would send every row down a network connection on its own.
     */
    public static final ObjectMapper STREAM = MAPPER.copy().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private Json() {
    }
}
