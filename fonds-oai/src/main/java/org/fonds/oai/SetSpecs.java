package org.fonds.oai;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;

/**
 * The sets a record belongs to, from its citation: the repository that published it
 * ({@code repository:wilson-center-digital-archive}), each archive its references point into
 * ({@code archive:tskhsd}) and each fond there ({@code fond:tskhsd-3}). The three kinds are the
 * top level of the hierarchy and are sets too, so {@code set=archive} asks for every record with
 * an archival reference. Names become slugs because a setSpec allows only unreserved URL
 * characters, and {@code :} only between levels.
 */
final class SetSpecs {
    static final List<OaiSet> KINDS = List.of(new OaiSet("repository", "Repositories that published the documents"),
            new OaiSet("archive", "Archives holding the originals"), new OaiSet("fond", "Fonds of those archives"));

    private SetSpecs() {
    }

    /** The record's sets, most general first, without repeats; kinds are left out (every member of a kind's child is in it). */
    static List<OaiSet> of(ArchiveRecord record) {
        Map<String, OaiSet> sets = new LinkedHashMap<>();
        add(sets, "repository", record.repository(), record.repository());
        for (ArchivalReference ref : record.archivalReferences()) {
            add(sets, "archive", ref.archive(), ref.archive());
            if (ref.fond() != null) add(sets, "fond", ref.archive() + "-" + ref.fond(), ref.archive() + ", F. " + ref.fond());
        }
        return List.copyOf(sets.values());
    }

    /** Whether an item in {@code itemSet} is in the set {@code asked}: the same set or one above it. */
    static boolean within(String itemSet, String asked) {
        return itemSet.equals(asked) || itemSet.startsWith(asked + ":");
    }

    private static void add(Map<String, OaiSet> sets, String kind, String value, String name) {
        String slug = slug(value);
        if (slug.isEmpty()) return;
        String spec = kind + ":" + slug;
        sets.putIfAbsent(spec, new OaiSet(spec, name.strip()));
    }

    /** "Wilson Center Digital Archive" gives "wilson-center-digital-archive"; accents dropped, other marks become dashes. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Every set spec to show in ListSets: the kinds, then the given sets, in setSpec order. */
    static List<OaiSet> listed(Map<String, OaiSet> found) {
        List<OaiSet> out = new ArrayList<>(KINDS.stream().filter(k -> found.keySet().stream()
                .anyMatch(spec -> within(spec, k.spec()))).toList());
        out.addAll(found.values());
        return out;
    }
}
