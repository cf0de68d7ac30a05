package org.fonds.export;

import java.time.format.DateTimeFormatter;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PublishedIn;

/**
 * RIS: one reference, of type MANSCPT (an unpublished archival document) unless its kind is a
 * report or a letter (RPRT, PCOMM), CRLF line endings, one
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
    public String label() {
        return "RIS";
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
        ris.tag("TY", Kinds.ris(r.kind()));
        ris.tag("ID", r.id());
        ris.tag("TI", r.title());
        // RIS has no compiler role. AU would make the compiler the author of what was said; A2, the
        // secondary author (editor, compiler), is where RIS readers expect whoever put the text together.
        if (r.compiler() != null) ris.tag("A2", PersonName.of(r.compiler()).inverted());
        // A4 is RIS's translator (Zotero and citeproc read it so).
        r.translators().forEach(t -> ris.tag("A4", PersonName.of(t).inverted()));
        IsoDate.parse(r.date()).ifPresent(d -> {
            ris.tag("DA", d.format(RIS_DATE));
            ris.tag("PY", String.valueOf(d.getYear()));
        });
        ris.tag("AB", r.summary());
        // M3, the type of work: what the document is (a telegram, working notes).
        if (r.kind() != null) ris.tag("M3", r.kind());
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
        // One UR, the archive's own page of the document: readers disagree on which of several UR lines
        // wins. Fonds' page is the UR only of a record without one, and then Y2 dates it; else it is
        // named in N1 as where the document was accessed.
        Addresses at = Addresses.of(r, c);
        at.cited().ifPresent(url -> ris.tag("UR", url));
        if (at.urlIsFonds()) ris.tag("Y2", c.accessed().format(RIS_DATE));
        Locations.each(r).forEach(location -> ris.tag("AV", location));
        ris.tag("DB", r.repository());
        ris.tag("N1", r.citation());
        if (print != null) ris.tag("N1", "Published in " + Print.words(print, "-") + ".");
        ris.tag("N1", translationNote(r, c));
        at.accessedThrough().ifPresent(url -> ris.tag("N1", "Accessed through " + url + " on "
                + c.accessed().format(DateTimeFormatter.ISO_LOCAL_DATE) + "."));
        ris.end();
        return ris.toString();
    }

    private static String translationNote(ArchiveRecord r, Citing c) {
        StringBuilder s = new StringBuilder();
        if (r.translationLanguage() != null) {
            s.append(r.translationLanguage()).append(" translation");
            if (r.originalLanguage() != null) s.append(" of the ").append(r.originalLanguage()).append(" original");
            if (!r.translators().isEmpty()) s.append(" by ").append(Names.prose(r.translators()));
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
