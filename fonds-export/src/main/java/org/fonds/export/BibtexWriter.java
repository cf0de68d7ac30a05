package org.fonds.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fonds.record.ArchiveRecord;

/**
 * BibTeX for biblatex: one {@code @misc} entry keyed by the document id. Every value is in
 * braces with the LaTeX specials escaped, so any text keeps the braces balanced and the file parses;
 * accents stay UTF-8, which biber reads as is.
 */
final class BibtexWriter implements Format {
    @Override
    public String name() {
        return "bibtex";
    }

    @Override
    public String label() {
        return "BibTeX";
    }

    @Override
    public String extension() {
        return "bib";
    }

    @Override
    public String mediaType() {
        return "application/x-bibtex; charset=utf-8";
    }

    @Override
    public String write(ArchiveRecord r, Citing c) {
        Entry bib = new Entry(key(r.id()));
        // Double braces keep the title's capitals ("CPSU", "Presidium") from being lowercased by styles.
        bib.raw("title", "{" + latex(r.title()) + "}");
        if (r.compiler() != null) {
            // biblatex's convention for a compiler: the editor field with editortype compiler.
            bib.raw("editor", latex(PersonName.of(r.compiler()).inverted()));
            bib.raw("editortype", "compiler");
        }
        if (!r.translators().isEmpty()) {
            bib.raw("translator", r.translators().stream().map(t -> latex(PersonName.of(t).inverted()))
                    .filter(t -> !t.isBlank()).collect(Collectors.joining(" and ")));
        }
        if (r.dateRange() != null && IsoDate.parse(r.dateRange().from()).isPresent() && IsoDate.parse(r.dateRange().to()).isPresent()) {
            bib.raw("date", r.dateRange().from() + "/" + r.dateRange().to());
        } else {
            IsoDate.parse(r.date()).ifPresent(d -> bib.raw("date", d.toString()));
        }
        IsoDate.parse(r.date()).ifPresent(d -> {
            bib.raw("year", String.valueOf(d.getYear()));
            bib.raw("month", String.valueOf(d.getMonthValue()));
        });
        bib.text("howpublished", r.repository());
        if (r.kind() != null) bib.text("type", r.kind());
        bib.text("note", Locations.all(r));
        // The archive's own page is the url; Fonds' page only where the record has none, and then
        // urldate dates it; else Fonds is named in the addendum as where the document was accessed.
        Addresses at = Addresses.of(r, c);
        at.cited().ifPresent(url -> bib.raw("url", url));
        if (at.urlIsFonds()) bib.raw("urldate", c.accessed().toString());
        List<String> addendum = new ArrayList<>();
        if (r.publishedIn() != null) addendum.add("Published in " + latex(Print.words(r.publishedIn(), "--")));
        at.accessedThrough().ifPresent(url -> addendum.add("Accessed through " + latex(url) + " on " + c.accessed()));
        bib.raw("addendum", String.join(". ", addendum));
        bib.text("version", String.valueOf(c.version()));
        bib.text("abstract", r.summary());
        bib.text("language", r.translationLanguage() == null ? "" : r.translationLanguage().toLowerCase());
        bib.text("origlanguage", r.originalLanguage() == null ? "" : r.originalLanguage().toLowerCase());
        return bib.close();
    }

    /** The id as a key: letters, digits and {@code - _ : .} only, which every BibTeX tool accepts. */
    static String key(String id) {
        return id.replaceAll("[^A-Za-z0-9_:.-]", "_");
    }

    /** Text as LaTeX: the ten specials escaped, controls and line breaks as spaces. */
    static String latex(String s) {
        String text = Clean.oneLine(s);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                // \{ and \} would still count in BibTeX's brace balance; the text commands do not.
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '%', '&', '#', '_', '$' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** One entry being written; a field without a value is left out. */
    private static final class Entry {
        private final StringBuilder out = new StringBuilder();

        Entry(String key) {
            out.append("@misc{").append(key);
        }

        void text(String field, String value) {
            raw(field, latex(value));
        }

        void raw(String field, String value) {
            if (!value.isBlank()) out.append(",\n  ").append(field).append(" = {").append(value).append('}');
        }

        String close() {
            return out.append("\n}\n").toString();
        }
    }
}
