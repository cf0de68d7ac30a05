package org.fonds.web.room;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The reading room's addresses, in one place. */
final class Links {
    private Links() {}

    static String document(String id) {
        return "/documents/" + enc(id);
    }

    static String person(String name) {
        return "/people/" + enc(name);
    }

    static String file(String label) {
        return "/files?delo=" + enc(label);
    }

    static String year(String year) {
        return "/dates?year=" + enc(year);
    }

    /** {@code /search?...} with the parameters in order; empty values are left out. */
    static String search(Map<String, List<String>> params) {
        StringJoiner q = new StringJoiner("&");
        params.forEach((k, vs) -> {
            for (String v : vs) if (v != null && !v.isEmpty()) q.add(enc(k) + "=" + enc(v));
        });
        return q.length() == 0 ? "/search" : "/search?" + q;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
