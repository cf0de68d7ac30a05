package org.fonds.export;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.fonds.record.ArchiveRecord;

/**
 * The Chicago Manual of Style citation (notes and bibliography) of a document: its first, full
 * note and its bibliography entry, rendered by citeproc-java from the CSL-JSON item with the
 * official style and the en-US locale.
 *
 * <p>Thread-safety: a citeproc {@link CSL} engine keeps the items and citations it was last given,
 * so it is not safe for concurrent use, and it takes a few hundred milliseconds to load a style.
 * This class therefore builds one engine, on first use, and lets one thread use it at a time.
 */
public final class ChicagoWriter implements Format {
    /**
     * The CSL style (a file of org.citationstyles:styles) for the notes-bibliography system with a
     * full first note; "chicago-note-bibliography" gives the short note only.
     */
    static final String STYLE = "chicago-fullnote-bibliography";

    /** The forms of output citeproc-java renders. */
    public enum Output {
        TEXT("text"), HTML("html");

        private final String citeproc;

        Output(String citeproc) {
            this.citeproc = citeproc;
        }
    }

    /** A full note ("1. ...") without its number, and the bibliography entry. */
    public record Citation(String note, String bibliography) {
    }

    private Engine engine;

    @Override
    public String name() {
        return "chicago";
    }

    @Override
    public String extension() {
        return "chicago.txt";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=utf-8";
    }

    @Override
    public String write(ArchiveRecord r, Citing c) {
        Citation citation = cite(r, c, Output.TEXT);
        return "Note: " + citation.note() + "\nBibliography: " + citation.bibliography() + "\n";
    }

    /** The note and bibliography entry of {@code r} as plain text or HTML. */
    public synchronized Citation cite(ArchiveRecord r, Citing c, Output output) {
        if (engine == null) engine = new Engine();
        return engine.render(CSLItemData.fromJson(CslJsonWriter.item(r, c)), output);
    }

    /** One citeproc engine and the single item it is asked about. */
    private static final class Engine implements ItemDataProvider {
        private final CSL csl;
        private CSLItemData item;

        Engine() {
            try {
                csl = new CSL(this, STYLE, "en-US");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the CSL style " + STYLE, e);
            }
        }

        Citation render(CSLItemData current, Output output) {
            item = current;
            // A fresh state for each document: otherwise a second citation of an id becomes a short note.
            csl.reset();
            csl.setOutputFormat(output.citeproc);
            csl.registerCitationItems(current.getId());
            String note = csl.makeCitation(current.getId()).get(0).getText();
            String entry = csl.makeBibliography().getEntries()[0];
            return new Citation(note.strip(), entry.strip());
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return item != null && item.getId().equals(id) ? item : null;
        }

        @Override
        public List<String> getIds() {
            return item == null ? List.of() : List.of(item.getId());
        }
    }
}
