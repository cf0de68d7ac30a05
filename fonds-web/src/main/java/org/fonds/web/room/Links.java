package org.fonds.web.room;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The reading room's addresses, in one place (the pictures link to its pages too). */
public final class Links {
    private Links() {}

    public static String document(String id) {
        return "/documents/" + enc(id);
    }

    /** A person's page: by person id when the person is known, else by a name as written (a name search). */
    public static String person(String idOrName) {
        return "/people/" + enc(idOrName);
    }

    public static String session(String documentId) {
        return "/sessions/" + enc(documentId);
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

    /**
     * A document's id as a reader may be shown it beside its title: the archive's own number
     * ("wcda-111883") is worth citing; a digest id ("h-" and 16 hex digits, given where the record
     * carries no number) says nothing to a person, so it is left out (null) and the title stands alone.
     */
    public static String readableId(String id) {
        if (id == null || (id.length() == 18 && id.startsWith("h-") && id.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0))) {
            return null;
        }
        return id;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
