package org.fonds.export;

import java.time.format.DateTimeFormatter;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PublishedIn;

/**
 * RIS: one reference of type MANSCPT (an unpublished archival document), CRLF line endings, one
 * "TAG  - value" line per field, values on one line and never empty (RIS readers refuse a tag
 * without a value and cannot continue a value on the next line).
 */
final class RisWriter implements Format {
    private static final DateTimeFormatter RIS_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd/");

    @Override
    public String name() {
        return "ris";
    }

    @Override
    public String extension() {
        return "ris";
    }

    @Override
    public String mediaType() {
        return "application/x-research-info-systems; charset=utf-8";
    }

    @Override
    public String write(ArchiveRecord r, Citing c) {
        Lines ris = new Lines();
        ris.tag("TY", "MANSCPT");
        ris.tag("ID", r.id());
        ris.tag("TI", r.title());
        // RIS has no compiler role. AU would make the compiler the author of what was said; A2, the
        // secondary author (editor, compiler), is where RIS readers expect whoever put the text together.
        if (r.compiler() != null) ris.tag("A2", PersonName.of(r.compiler()).inverted());
        IsoDate.parse(r.date()).ifPresent(d -> {
            ris.tag("DA", d.format(RIS_DATE));
            ris.tag("PY", String.valueOf(d.getYear()));
        });
        ris.tag("AB", r.summary());
        // LA is the language of the document described: the archival original, not the translation.
        if (r.originalLanguage() != null) ris.tag("LA", r.originalLanguage());
        PublishedIn print = r.publishedIn();
        if (print != null) {
            ris.tag("T2", print.title());
            if (print.issue() != null) ris.tag("IS", print.issue());
            if (print.pages() != null) {
                Pages pages = Pages.of(print.pages());
                ris.tag("SP", pages.first());
                if (pages.last() != null) ris.tag("EP", pages.last());
            }
        }
        // One UR, the page of this archive, which Y2 dates: readers disagree on which of several UR
        // lines wins. The source URL travels in N1, inside the citation as written.
        ris.tag("UR", c.pageUrl());
        ris.tag("Y2", c.accessed().format(RIS_DATE));
        Locations.each(r).forEach(location -> ris.tag("AV", location));
        ris.tag("DB", r.repository());
        ris.tag("N1", r.citation());
        ris.tag("N1", translationNote(r, c));
        ris.end();
        return ris.toString();
    }

    private static String translationNote(ArchiveRecord r, Citing c) {
        StringBuilder s = new StringBuilder();
        if (r.translationLanguage() != null) {
            s.append(r.translationLanguage()).append(" translation");
            if (r.originalLanguage() != null) s.append(" of the ").append(r.originalLanguage()).append(" original");
            s.append(". ");
        }
        return s.append("Fonds document ").append(r.id()).append(", version ").append(c.version())
                .append(", accessed ").append(c.accessed().format(DateTimeFormatter.ISO_LOCAL_DATE)).append('.').toString();
    }

    /** The RIS lines written so far. */
    private static final class Lines {
        private final StringBuilder out = new StringBuilder();

        void tag(String tag, String value) {
            String v = Clean.oneLine(value);
            if (!v.isEmpty()) out.append(tag).append("  - ").append(v).append("\r\n");
        }

        void end() {
            out.append("ER  - \r\n");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
