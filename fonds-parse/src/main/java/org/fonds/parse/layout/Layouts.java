package org.fonds.parse.layout;

import java.util.List;

/** Every layout Fonds knows, most particular first; {@link Plain} takes whatever the others do not. */
public final class Layouts {
    /** How many lines of a text a layout may look at to recognise it. */
    public static final int HEAD_LINES = 40;

    /** A labelled export outranks the readers whose marks it may quote (a note citing the National Security Archive). */
    private static final List<Layout> ALL = List.of(new Crest(), new Fbis(), new Frus(), new PdfText(), new LegacyPage(),
            new LabelledExport(), new NsaReader(), new CurrentPage(), new Plain());

    private Layouts() {
    }

    public static Layout detect(List<Line> head) {
        for (Layout layout : ALL) {
            if (layout.recognises(head)) return layout;
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
