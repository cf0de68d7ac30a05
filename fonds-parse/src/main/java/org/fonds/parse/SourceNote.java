package org.fonds.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.citation.Citation;
import org.fonds.parse.citation.CitationParser;
import org.fonds.parse.contents.Contents;
import org.fonds.record.ArchivalReference;

/**
 * FRUS's first footnote, "Source: Department of State, Central Files, 611.61/5–1556. Secret; Limit Distribution.
 * Drafted by …": where a document was found (the archive, then its file: a decimal file number, a lot file, a
 * library's series), its marking, who drafted it. It is the document's citation when nothing else cites it: the
 * page sets no other, and a note is never the citation of a record that has one.
 */
final class SourceNote {
    private static final String LEAD = "Source: ";
    private static final String DEPARTMENT = "Department of State";
    /** The markings FRUS writes after the file ("Secret; Limit Distribution.", "Limited Official Use."). */
    private static final Pattern MARKING = Pattern.compile(
            "(?:^|\\. )(Top Secret|Secret|Confidential|Limited Official Use|Official Use Only|Restricted|Unclassified)(?=[;.,]|$)");
    /** The archive, then where in it: "Department of State, Central Files, 761.00/3–756", "Eisenhower Library, Whitman File, …". */
    private static final Pattern WHERE = Pattern.compile("^([^,.;]{3,120}?), ([^;]{3,200}?)(?=\\. |\\.$|$)");

    private SourceNote() {
    }

    /** The text of note 1 after "Source: ", where note 1 is a source note. */
    static Optional<String> of(List<Contents.NoteText> notes) {
        if (notes.isEmpty() || notes.get(0).n() != 1) return Optional.empty();
        String text = notes.get(0).text().toString();
        if (!text.startsWith(LEAD) || text.length() <= LEAD.length() + 3) return Optional.empty();
        return Optional.of(text.substring(LEAD.length()).strip());
    }

    /** The source note read as a citation: its archive the repository, the file within it the archival reference. */
    static Citation citation(String source) {
        Citation c = CitationParser.parse(source);
        Matcher m = WHERE.matcher(source);
        if (!c.archivalReferences().isEmpty() || !m.find() || MARKING.matcher(m.group(2)).lookingAt()) return c;
        String archive = m.group(1).strip();
        List<ArchivalReference> refs = new ArrayList<>(c.archivalReferences());
        refs.add(new ArchivalReference(archive, null, null, null, null, null, m.group(2).strip()));
        return new Citation(c.text(), c.quotedTitle(), c.date(), c.repository() != null ? c.repository() : archive,
                c.urls(), refs, c.compiler(), c.publishedIn());
    }

    /**
     * A source line above the heading as the citation ("611.61/9–2151", "Conference files, lot 59 D 95, CF 102"): the
     * volumes of 1949-54 cite the Department's own files so, without naming the Department, so the reference is the
     * Department's and no repository is written.
     */
    static Citation ofLine(String line) {
        return new Citation(line, null, null, null, List.of(),
                List.of(new ArchivalReference(DEPARTMENT, null, null, null, null, null, line)), null, null);
    }

    /** The marking the note gives ("Secret" from "… 611.00/10–3056. Secret; Limit Distribution."), or null. */
    static String classification(String source) {
        Matcher m = MARKING.matcher(source);
        return m.find() ? m.group(1) : null;
    }
}
