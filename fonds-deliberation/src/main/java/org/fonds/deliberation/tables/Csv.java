package org.fonds.deliberation.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** One CSV line of the tables' downloads: cells joined by commas, quoted as RFC 4180 says, ended by CRLF. */
public final class Csv {
    private Csv() {
    }

    public static void line(Appendable out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) out.append(',');
                String cell = cells.get(i) == null ? "" : cells.get(i);
                boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                        || cell.indexOf('\r') >= 0;
                out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
