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
        line(out, header());
        for (List<String> row : rows()) line(out, row);
        return out.toString();
    }

    default String json() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            String cell = cells.get(i) == null ? "" : cells.get(i);
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0;
            out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append("\r\n");
    }
}
