package org.fonds.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PublishedIn;
import org.fonds.record.RecordJson;

/**
 * CSL-JSON (the input of citeproc processors and of Zotero's import): an array of one item, a
 * {@code manuscript} unless the document's kind is a report, letter or speech.
 *
 * <p>The print publication goes in the note, not in {@code container-title}: CSL gives an item
 * one date, the document's, and styles print it beside the container, which would date the
 * Bulletin by the meeting it prints.
 */
final class CslJsonWriter implements Format {
    @Override
    public String name() {
        return "csl-json";
    }

    @Override
    public String label() {
        return "CSL-JSON";
    }

    @Override
    public String extension() {
        return "csl.json";
    }

    @Override
    public String mediaType() {
        return "application/vnd.citationstyles.csl+json";
    }

    @Override
    public String write(ArchiveRecord r, Citing c) {
        try {
            return RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(List.of(item(r, c))) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSL item as the JSON object's fields, in the order written; only fields of the CSL-JSON schema. */
    static Map<String, Object> item(ArchiveRecord r, Citing c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", r.id());
        item.put("type", Kinds.csl(r.kind()));
        put(item, "title", r.title());
        if (r.compiler() != null && !name(r.compiler()).isEmpty()) item.put("compiler", List.of(name(r.compiler())));
        List<Map<String, String>> translators = r.translators().stream().map(CslJsonWriter::name).filter(n -> !n.isEmpty()).toList();
        if (!translators.isEmpty()) item.put("translator", translators);
        issued(r).ifPresent(dates -> item.put("issued", Map.of("date-parts", dates)));
        put(item, "archive", r.repository());
        put(item, "archive_location", Locations.all(r));
        put(item, "genre", r.kind());
        Addresses at = Addresses.of(r, c);
        at.cited().ifPresent(url -> put(item, "URL", url));
        if (at.urlIsFonds()) item.put("accessed", Map.of("date-parts", List.of(parts(c.accessed()))));
        put(item, "version", String.valueOf(c.version()));
        put(item, "abstract", r.summary());
        // The cited text is the translation; its language also tells processors whether to title-case.
        Languages.code(r.translationLanguage()).ifPresent(code -> item.put("language", code));
        put(item, "note", note(r, at, c));
        return item;
    }

    /** The document's day, or the first and last days of a range, as CSL date-parts. */
    private static Optional<List<List<Integer>>> issued(ArchiveRecord r) {
        Optional<LocalDate> day = IsoDate.parse(r.date());
        if (r.dateRange() != null) {
            Optional<LocalDate> from = IsoDate.parse(r.dateRange().from());
            Optional<LocalDate> to = IsoDate.parse(r.dateRange().to());
            if (from.isPresent() && to.isPresent()) return Optional.of(List.of(parts(from.get()), parts(to.get())));
        }
        return day.map(d -> List.of(parts(d)));
    }

    private static List<Integer> parts(LocalDate d) {
        return List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** What has no CSL field that styles render right: the print publication, the languages, where Fonds serves it. */
    private static String note(ArchiveRecord r, Addresses at, Citing c) {
        List<String> parts = new ArrayList<>();
        PublishedIn print = r.publishedIn();
        if (print != null) parts.add("Published in " + Print.words(print, "-") + ".");
        if (r.originalLanguage() != null) parts.add("Original language: " + r.originalLanguage() + ".");
        if (r.translationLanguage() != null) parts.add("Translation: " + r.translationLanguage() + ".");
        at.accessedThrough().ifPresent(url -> parts.add("Accessed through " + url + " on " + c.accessed() + "."));
        return String.join(" ", parts);
    }

    /** A CSL name: family and given names, or the family alone for a one-word name. */
    private static Map<String, String> name(String written) {
        PersonName name = PersonName.of(written);
        if (name.family().isEmpty()) return Map.of();
        return name.given().isEmpty() ? Map.of("family", name.family()) : Map.of("family", name.family(), "given", name.given());
    }

    private static void put(Map<String, Object> item, String field, String value) {
        String v = value == null ? "" : Clean.oneLine(value);
        if (!v.isEmpty()) item.put(field, v);
    }
}
