package org.fonds.web.pictures;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of record the chronology tells apart by colour: six, few enough to tell apart at a
 * glance (and, in the Okabe-Ito colours of fonds.css, by readers who do not see every colour); the
 * record's own kind is in every label and table beside it.
 */
public enum KindClass {
    SESSION("k-session", "Session records", List.of("working notes", "minutes", "transcript")),
    TELEGRAM("k-telegram", "Telegrams", List.of("telegram")),
    CONVERSATION("k-conversation", "Memoranda of conversation", List.of("memorandum of conversation")),
    LETTER("k-letter", "Letters", List.of("letter")),
    REPORT("k-report", "Reports", List.of("report")),
    OTHER("k-other", "Other kinds, or not told", List.of());

    private final String css;
    private final String label;
    private final List<String> kinds;

    KindClass(String css, String label, List<String> kinds) {
        this.css = css;
        this.label = label;
        this.kinds = kinds;
    }

    /** The class of a record's kind (null or any kind not named above: OTHER). */
    public static KindClass of(String kind) {
        if (kind == null) return OTHER;
        String k = kind.strip().toLowerCase(Locale.ROOT);
        for (KindClass c : values()) if (c.kinds.contains(k)) return c;
        return OTHER;
    }

    public String css() {
        return css;
    }

    public String label() {
        return label;
    }

    /** The kinds in the class, in words, for the legend: "working notes, minutes, transcript"; empty for a class of one kind. */
    public String members() {
        return kinds.isEmpty() ? "diaries, speeches, notes and the rest" : kinds.size() == 1 ? "" : String.join(", ", kinds);
    }
}
