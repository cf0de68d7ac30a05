package org.fonds.search.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fonds.search.SearchResult.FacetCount;

/**
 * Puts a facet's counts in the order readers see and both engines agree on: chronological for
 * years and months, otherwise most frequent first with ties in alphabetical order, cut at {@link
 * Facet#TOP}.
 */
public final class FacetOrder {
    private static final Comparator<FacetCount> BY_VALUE = Comparator.comparing(FacetCount::value);
    private static final Comparator<FacetCount> BY_COUNT =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(BY_VALUE);

    private FacetOrder() {}

    public static List<FacetCount> arrange(Facet facet, List<FacetCount> counts) {
        List<FacetCount> out = new ArrayList<>();
        for (FacetCount c : counts) if (c.count() > 0) out.add(c);
        if (facet.order() == Facet.Order.VALUE) {
            out.sort(BY_VALUE);
            return out;
        }
        out.sort(BY_COUNT);
        return List.copyOf(out.subList(0, Math.min(Facet.TOP, out.size())));
    }
}
