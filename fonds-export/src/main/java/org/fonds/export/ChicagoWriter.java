package org.fonds.export;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.fonds.record.ArchiveRecord;

/**
 * The Chicago Manual of Style citation (notes and bibliography) of a document: its first, full
 * note and its bibliography entry, rendered by citeproc-java from the CSL-JSON item with the
 * official style and the en-US locale.
 *
 * <p>Thread-safety: a citeproc {@link CSL} engine keeps the items and citations it was last given,
 * so it is not safe for concurrent use, and it takes a few hundred milliseconds to load a style.
 * This class therefore keeps a small pool of engines, one per core at most, each made on first need
 * and used by one thread at a time, so a busy server renders as many citations at once as it has
 * cores.
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

    private final BlockingQueue<Engine> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger made = new AtomicInteger();
    private final int most = Runtime.getRuntime().availableProcessors();

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
    public Citation cite(ArchiveRecord r, Citing c, Output output) {
        Engine engine = take();
        try {
            return engine.render(CSLItemData.fromJson(CslJsonWriter.item(r, c)), output);
        } finally {
            idle.add(engine);
        }
    }

    /** An idle engine; a new one while fewer than one per core exist; else the next one freed. */
    private Engine take() {
        Engine e = idle.poll();
        if (e != null) return e;
        if (made.getAndIncrement() < most) return new Engine();
        made.decrementAndGet();
        try {
            return idle.take();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a citation engine", ex);
        }
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
