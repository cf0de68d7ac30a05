package org.fonds.web.pictures;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.tables.Json;
import org.fonds.deliberation.tables.Table;

/**
 * The data a picture draws, to download: CSV with the header, or JSON as {@code about} and one
 * object per row keyed by the header (written by the tables' mapper, so keys come sorted).
 */
public record DataTable(String about, List<String> header, List<List<String>> rows) implements Table {
    public DataTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    @Override
    public String json() {
        List<Map<String, String>> objects = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            Map<String, String> o = new HashMap<>();
            for (int i = 0; i < header.size(); i++) o.put(header.get(i), row.get(i));
            objects.add(o);
        }
        try {
            return Json.MAPPER.writeValueAsString(Map.of("about", about, "rows", objects));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
