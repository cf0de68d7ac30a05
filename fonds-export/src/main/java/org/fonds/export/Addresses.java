package org.fonds.export;

import java.util.Locale;
import java.util.Optional;
import org.fonds.record.ArchiveRecord;

/**
 * The addresses a citation gives: the archive's own page of the document (its {@code sourceUrl}),
 * and Fonds' page as "accessed through" beside it. A record without a source URL has Fonds' page
 * as its only address, when Fonds has a public one; otherwise it has none.
 *
 * @param url        the address to cite, or null
 * @param urlIsFonds the cited address is Fonds' own page (so the access date belongs to it)
 * @param through    Fonds' page when it is given beside the archive's, else null
 */
record Addresses(String url, boolean urlIsFonds, String through) {
    static Addresses of(ArchiveRecord r, Citing c) {
        String source = web(r.sourceUrl());
        String fonds = c.fondsPageUrl().map(Clean::url).orElse(null);
        return source == null ? new Addresses(fonds, fonds != null, null) : new Addresses(source, false, fonds);
    }

    Optional<String> cited() {
        return Optional.ofNullable(url);
    }

    Optional<String> accessedThrough() {
        return Optional.ofNullable(through);
    }

    /** Fonds' page, whether it is the address cited or the one beside it. */
    Optional<String> fonds() {
        return Optional.ofNullable(urlIsFonds ? url : through);
    }

    /** An http(s) address, made safe for every format; anything else ("not a url") is no address. */
    static String web(String url) {
        if (url == null) return null;
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? Clean.url(url) : null;
    }
}
