package org.fonds.search.contract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.search.doc.IndexDocument;
import org.fonds.search.doc.IndexDocuments;
import org.fonds.search.schema.Facet;

/**
 * What a correct engine must answer, worked out by brute force over the records themselves, with
 * no search engine involved: which records hold a plain word (case and accents ignored), fall in a
 * span of days, or pass a set of facet filters, and the facet counts under those filters.
 */
final class Oracle {
    /** A word as Unicode segmentation sees it: an apostrophe between letters stays inside (didn't). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private final List<ArchiveRecord> records;
    private final Map<String, IndexDocument> docs = new HashMap<>();
    /** Folded word to the ids of the records that hold it in a default search field. */
    private final Map<String, Set<String>> postings = new HashMap<>();

    Oracle(List<ArchiveRecord> records) {
        this.records = records;
        for (ArchiveRecord r : records) {
            docs.put(r.id(), IndexDocuments.of(r, 1));
            StringBuilder all = new StringBuilder(r.title()).append(' ').append(r.summary()).append(' ').append(r.body());
            for (Note n : r.notes()) all.append(' ').append(n.text());
            for (String p : r.participants()) all.append(' ').append(p);
            for (String p : r.speakers()) all.append(' ').append(p);
            for (String w : words(all.toString())) postings.computeIfAbsent(w, k -> new HashSet<>()).add(r.id());
        }
    }

    /** Ids of records whose title, summary, body, notes or people contain {@code word} as a word. */
    Set<String> withWord(String word) {
        return postings.getOrDefault(fold(word), Set.of());
    }

    /** Ids of records whose date (or any day of their range) lies within {@code from}..{@code to}. */
    Set<String> during(LocalDate from, LocalDate to) {
        Set<String> out = new HashSet<>();
        for (ArchiveRecord r : records) {
            LocalDate first = r.date() == null ? null : LocalDate.parse(r.date());
            if (first == null) continue;
            LocalDate last = r.dateRange() == null ? first : LocalDate.parse(r.dateRange().to());
            if (!last.isBefore(from) && !first.isAfter(to)) out.add(r.id());
        }
        return out;
    }

    /** Ids of records passing every filter (any of the values within one facet). */
    Set<String> passing(Map<Facet, Set<String>> filters) {
        Set<String> out = new HashSet<>();
        for (IndexDocument d : docs.values()) if (passes(d, filters, null)) out.add(d.id());
        return out;
    }

    /** Counts of {@code facet}'s values among records passing every filter but the one on {@code facet}. */
    Map<String, Long> counts(Facet facet, Map<Facet, Set<String>> filters) {
        Map<String, Long> out = new TreeMap<>();
        for (IndexDocument d : docs.values()) {
            if (!passes(d, filters, facet)) continue;
            for (String v : d.values(facet)) out.merge(v, 1L, Long::sum);
        }
        return out;
    }

    private static boolean passes(IndexDocument d, Map<Facet, Set<String>> filters, Facet except) {
        for (Map.Entry<Facet, Set<String>> f : filters.entrySet()) {
            if (f.getKey() == except) continue;
            if (d.values(f.getKey()).stream().noneMatch(f.getValue()::contains)) return false;
        }
        return true;
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(fold(text));
        while (m.find()) out.add(POSSESSIVE.matcher(m.group()).replaceFirst(""));
        return out;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
