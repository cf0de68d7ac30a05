package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive's current page, built at test time from a labelled export's own sections (never kept in the
 * repository): its date and title, its text with the notes, then the unlabelled summary, then the
 * "Document Information" block, the citation under "Source", and labels left empty as the real pages leave them.
 */
record CurrentPages(String head, String citation, String summary, String language, String contents) {
    /** A label alone on its line, in any of the exports' styles ("**Citation:**", "Summary:", "#### Contents"). */
    private static final Pattern LABEL = Pattern.compile(
            "(?mi)^[*#_ ]*(Citation|Summary|Original Language|Contents)[*_ ]*:?[*_ ]*$");
    /** The export's sections: the lines before its first label (date, title), citation, summary, language, contents with its notes. */
    static CurrentPages of(String export) {
        Matcher m = LABEL.matcher(export);
        Map<String, String> sections = new LinkedHashMap<>();
        int headEnd = -1;
        String label = null;
        int from = 0;
        while (m.find()) {
            if (label == null) headEnd = m.start();
            else sections.put(label, export.substring(from, m.start()).strip());
            label = m.group(1).toLowerCase();
            from = m.end();
        }
        assertThat(label).as("labels in the export").isNotNull();
        sections.put(label, export.substring(from).strip());
        assertThat(sections).as("the export's sections").containsKeys("citation", "summary", "contents");
        return new CurrentPages(export.substring(0, headEnd).strip(), sections.get("citation"), sections.get("summary"),
                sections.getOrDefault("original language", ""), sections.get("contents"));
    }

    /** The page with a "Document Information" heading, each label alone on its line, some of them empty. */
    String withHeading() {
        return head + "\n\n" + contents + "\n\n" + summary + "\n\nDocument Information\n\nSource\n\n" + citation
                + "\n\nOriginal Archive\n\nOriginal Language\n\n" + language + "\n\nRights\n\nType\n\nRecord ID\n\n"
                + "Subjects Discussed\n\nAssociated People & Organizations\n\nAssociated Places\n";
    }

    /** The page with no heading: "Source:" and "Original Language:" labels, empty ones between, the page's chrome last. */
    String withoutHeading() {
        return head + "\n\n" + contents + "\n\n" + summary + "\n\n**Source:**\n\n" + citation
                + "\n\n**Original Archive:**\n\n**Original Language:**\n\n" + language + "\n\n**Type:**\n\n**Record ID:**\n";
    }

    /**
     * The page as a reader's browser saves it whole: the site's skip link first, the empty labels the page sets above
     * its "Document Information" heading ("Author(s):", "Associated Places", "Subjects Discussed", "Related
     * Documents"), the source under the heading with no "Source" label, then a rights statement (our words, in the
     * site's place) and more empty labels. The shape of the archive's pages saved in 2025 (digitalarchive.wilsoncenter.org
     * and its mirrors, /document/ and /node/ addresses).
     */
    String savedWhole() {
        return "Skip to content\n\n" + head + "\n\n" + contents + "\n\n" + summary
                + "\n\nAuthor(s):\n\nAssociated Places\n\nSubjects Discussed\n\nRelated Documents\n\nDocument Information\n\n"
                + citation + "\n\nThe program welcomes reuse of these materials for research and teaching.\n\n"
                + "Original Uploaded Date\n\nType\n\nOriginal Language\n\n" + language + "\n\nRecord ID\n";
    }

    /** The page with the text repeated {@code times}: the block far past the lines that layout detection once read. */
    CurrentPages longer(int times) {
        return new CurrentPages(head, citation, summary, language, (contents + "\n\n").repeat(times).strip());
    }

    /** How many non-blank lines {@link #withHeading} has. */
    long lines() {
        return withHeading().lines().filter(l -> !l.isBlank()).count();
    }
}
