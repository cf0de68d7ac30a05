package org.fonds.parse.header;

import java.util.Locale;

/**
 * The section labels of an export. Only a few carry fields of the record; the rest are known so
 * that their text does not run into the citation or the summary.
 */
public enum Label {
    TITLE("Title"), DATE("Date"), CITATION("Citation"), SOURCE("Source"), SUMMARY("Summary"), ABSTRACT("Abstract"),
    ORIGINAL_LANGUAGE("Original Language"), LANGUAGE("Language"), CONTENTS("Contents"), OTHER("");

    private final String text;

    Label(String text) {
        this.text = text;
    }

    /** Label names as they appear in exports, longest first so the regex prefers them. */
    static final String NAMES = "Original Languages?|Original Archive|Associated People (?:&|and) Organizations"
            + "|Associated Places|Associated Topics|Subjects? Discussed|Record Type|Record ID|Translated by"
            + "|Rights|Credits|Keywords|Author|Citation|Source|Summary|Abstract|Title|Date|Languages?|Contents?";

    /** The last word of each label name: only a colon after one of these can end a label. */
    static final java.util.Set<String> LAST_WORDS = java.util.Set.of("Language", "Languages", "Archive", "Organizations",
            "Places", "Topics", "Discussed", "Type", "ID", "by", "Rights", "Credits", "Keywords", "Author", "Citation",
            "Source", "Summary", "Abstract", "Title", "Date", "Content", "Contents");

    static Label of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("original language")) return ORIGINAL_LANGUAGE;
        if (n.startsWith("language")) return LANGUAGE;
        if (n.startsWith("content")) return CONTENTS;
        for (Label l : values()) {
            if (!l.text.isEmpty() && l.text.equalsIgnoreCase(n)) return l;
        }
        return OTHER;
    }
}
