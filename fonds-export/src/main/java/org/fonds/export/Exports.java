package org.fonds.export;

import java.util.List;
import java.util.Optional;

/**
 * The export formats, for the command line and the web:
 * {@code Exports.byExtension("ris").map(f -> f.write(record, citing))}.
 */
public final class Exports {
    private static final List<Format> ALL = List.of(new RisWriter(), new BibtexWriter(), new CslJsonWriter(),
            new TeiWriter(), new ChicagoWriter());

    private Exports() {
    }

    public static List<Format> all() {
        return ALL;
    }

    /** The format served as {@code /documents/ID.EXT}: "ris", "bib", "csl.json", "tei.xml", "chicago.txt". */
    public static Optional<Format> byExtension(String extension) {
        return ALL.stream().filter(f -> f.extension().equals(extension)).findFirst();
    }

    /** The format of {@code fonds show --format NAME}: "ris", "bibtex", "csl-json", "tei", "chicago". */
    public static Optional<Format> byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
