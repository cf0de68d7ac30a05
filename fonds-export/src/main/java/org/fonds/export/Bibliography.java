package org.fonds.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;

/**
 * Many documents in one file, for a reference manager or a spreadsheet: the bibliography of a
 * search. Written as the records come, one at a time, so a file of ten thousand documents starts
 * at once and never sits whole in memory. Each entry is the document's own export (the same RIS,
 * BibTeX and CSL-JSON as its page gives), or a CSV row of the same facts.
 */
public enum Bibliography {
    RIS("ris", "ris", "application/x-research-info-systems; charset=utf-8"),
    BIBTEX("bibtex", "bib", "application/x-bibtex; charset=utf-8"),
    CSL_JSON("csl-json", "csl.json", "application/vnd.citationstyles.csl+json"),
    CSV("csv", "csv", "text/csv; charset=utf-8");

    /** The CSV columns, in order. */
    static final List<String> COLUMNS = List.of("id", "title", "date", "kind", "from", "to", "place", "classification",
            "repository", "archival_location", "compiler", "translators", "published_in", "url", "accessed_through");

    private static final RisWriter RIS_ENTRY = new RisWriter();
    private static final BibtexWriter BIBTEX_ENTRY = new BibtexWriter();
    private static final ObjectWriter JSON = RecordJson.mapper().writerWithDefaultPrettyPrinter();

    private final String formatName;
    private final String extension;
    private final String mediaType;

    Bibliography(String formatName, String extension, String mediaType) {
        this.formatName = formatName;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** One document with what its citation needs. */
    public record Cited(ArchiveRecord record, Citing citing) {
    }

    /** The name of {@code fonds search --format} and of {@code format=} on the web: ris, bibtex, csl-json, csv. */
    public String formatName() {
        return formatName;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<Bibliography> named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Bibliography b : values()) if (b.formatName.equals(n)) return Optional.of(b);
        return Optional.empty();
    }

    /** Writes every document {@code documents} gives, in its order; returns how many. The caller flushes and closes. */
    public int write(Iterator<Cited> documents, Writer out) throws IOException {
        int n = 0;
        if (this == CSL_JSON) out.write("[");
        if (this == CSV) row(out, COLUMNS);
        while (documents.hasNext()) {
            Cited d = documents.next();
            switch (this) {
                case RIS -> out.write((n > 0 ? "\r\n" : "") + RIS_ENTRY.write(d.record(), d.citing()));
                case BIBTEX -> out.write((n > 0 ? "\n" : "") + BIBTEX_ENTRY.write(d.record(), d.citing()));
                case CSL_JSON -> out.write((n > 0 ? ",\n" : "\n") + json(d));
                case CSV -> row(out, cells(d.record(), d.citing()));
            }
            n++;
        }
        if (this == CSL_JSON) out.write(n > 0 ? "\n]\n" : "]\n");
        return n;
    }

    private static String json(Cited d) {
        try {
            return JSON.writeValueAsString(CslJsonWriter.item(d.record(), d.citing()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(ArchiveRecord r, Citing c) {
        Addresses at = Addresses.of(r, c);
        return List.of(r.id(), r.title(), r.date() == null ? "" : r.date(), text(r.kind()), String.join("; ", r.from()),
                String.join("; ", r.to()), text(r.place()), text(r.classification()), r.repository(), Locations.all(r),
                text(r.compiler()), String.join("; ", r.translators()),
                r.publishedIn() == null ? "" : Print.words(r.publishedIn(), "-"), text(at.url()), text(at.through()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** One CSV line (RFC 4180): a cell with a comma, quote or line break quoted, its quotes doubled; values on one line. */
    private static void row(Writer out, List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (!line.isEmpty()) line.append(',');
            String v = Clean.oneLine(cell);
            // a leading = + - @ would make a spreadsheet run the cell as a formula
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0;
            line.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.write(line.append("\r\n").toString());
    }
}
