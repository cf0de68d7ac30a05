package org.fonds.deliberation.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A derived table with its two download forms: CSV (one header line, then rows; RFC 4180 quoting)
 * and JSON (the table value itself).
 */
public interface Table {
    List<String> header();

    List<List<String>> rows();

    default String csv() {
        StringBuilder out = new StringBuilder();
        Csv.line(out, header());
        for (List<String> row : rows()) Csv.line(out, row);
        return out.toString();
    }

    default String json() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
