package org.fonds.parse.layout;

import java.util.List;

/** Every layout Fonds knows, most particular first; {@link Plain} takes whatever the others do not. */
public final class Layouts {
    /** How many lines of a text a layout may look at to recognise it. */
    public static final int HEAD_LINES = 40;

    /** How many lines from the end a layout may look at: those {@link DocumentInformation} reads. */
    public static final int TAIL_LINES = DocumentInformation.TAIL_LINES;

    /**
     * A labelled export outranks the readers whose marks it may quote (a note citing the National Security Archive).
     * The current page goes before the labelled export: its block's "Original Language" or "Citation", alone on a
     * line, is an export's label too, and stands among the first lines of a short page. The legacy page goes before
     * PDF text: saved whole, it carries the site's banner ("Digital Archive International History Declassified") on
     * a line of its own above its "get citation", and the banner alone is no PDF page header. A cable and a book's
     * excerpt go before the current page and the labelled export: a cable's "SUBJECT:" and "TAGS:", a headnote's "The
     * Agenda:", would be read as an export's labels. A page reprinting a document under its own words (a blog's
     * quotations above "CODED TELEGRAM") goes last before plain: any publisher's own marks outrank it. The Thatcher
     * Foundation's catalogue page goes before it: its own lines and fields name it.
     */
    private static final List<Layout> ALL = List.of(new Crest(), new Fbis(), new Frus(), new FrusOldSite(), new LegacyPage(), new PdfText(),
            new Cable(), new BookEdition(), new BookExcerpt(), new CurrentPage(), new LabelledExport(), new NsaReader(), new ThatcherArchive(), new Reprint(), new Plain());

    private Layouts() {
    }

    public static Layout detect(List<Line> head) {
        return detect(head, List.of());
    }

    /** The layout of a text whose first lines are {@code head} and last lines {@code tail} (they may overlap). */
    public static Layout detect(List<Line> head, List<Line> tail) {
        for (Layout layout : ALL) {
            if (layout.recognises(head, tail)) return layout;
        }
        return ALL.get(ALL.size() - 1);
    }

    public static List<Layout> all() {
        return ALL;
    }

    static boolean anyLine(List<Line> head, java.util.function.Predicate<String> test) {
        for (Line l : head) {
            if (test.test(l.text())) return true;
        }
        return false;
    }
}
