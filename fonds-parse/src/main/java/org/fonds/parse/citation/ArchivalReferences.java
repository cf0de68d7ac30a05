package org.fonds.parse.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;
import org.fonds.record.ArchivalReference;

/**
 * Finds Russian-style archival locations: "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 19-22",
 * "AVPRF, F. 059a, Op. 4, P. 6, D. 5, Ll. 15-16, 17-19, and 20-22", "TsKhSD, F.89, Op.45, D.12,
 * Ll.1-3", with the OCR slip "LI." for "Ll." Every quantifier is bounded, so a hostile input cannot
 * make the search slower than linear.
 */
public final class ArchivalReferences {
    private static final String VALUE = "([\\p{L}\\d][\\p{L}\\d/-]{0,11})";
    private static final String SEP = " ?,? ?";
    private static final String RANGE = "\\d{1,5}(?: ?ob)?(?: ?[-–—] ?\\d{1,5}(?: ?ob)?)?";
    private static final Pattern REF = Pattern.compile(
            "(?=\\p{Lu})(?<![\\p{L}\\d])(\\p{Lu}{2,10}(?:,? \\p{Lu}{2,10}){1,3}(?![\\p{L}])|\\p{Lu}[\\p{L}-]{1,15})" + "\\)? ?[,:]? ?"
                    + "(?:F\\.|f\\.|Fond|fond) ?" + VALUE
                    + "(?:" + SEP + "(?:Op\\.|op\\.|Opis['’]?|opis['’]?) ?" + VALUE + ")?"
                    // the foreign ministry's archive (AVPRF) files by portfel and papka: "f. 0100, op. 42, por. 19, pap. 288, ll.
                    // 28-31" (WCDA's citations of the envoys' diaries); the portfel is no key of the reference, the leaves are
                    + "(?:" + SEP + "(?:Por\\.|por\\.|Portfel['’]?|portfel['’]?) ?" + "[\\p{L}\\d][\\p{L}\\d/-]{0,11}" + ")?"
                    + "(?:" + SEP + "(?:P\\.|Papka|papka|Pap\\.|pap\\.) ?" + VALUE + ")?"
                    + "(?:" + SEP + "(?:D\\.|d\\.|Delo|delo|Spr\\.|spr\\.) ?" + VALUE + ")?"
                    + "(?:" + SEP + "(?:Ll\\.|LI\\.|ll\\.|L\\.?|l\\.|Listy|List|Liste) ?"
                    + "(" + RANGE + "(?:(?: ?, ?(?:and )?| and )" + RANGE + "(?![\\p{L}\\d])){0,20}))?");
    private static final Pattern RANGE_PATTERN = Pattern.compile(RANGE);
    /** An archive name and its separator come at most this far before "F.". */
    private static final int MAX_ARCHIVE_LEAD = 20;
    /** No reference runs longer than this past its "F.". */
    private static final int MAX_REFERENCE = 400;

    private ArchivalReferences() {
    }

    public static List<ArchivalReference> findAll(CharSequence text) {
        List<ArchivalReference> refs = new ArrayList<>();
        String s = text.toString();
        // every reference names its fond within a few chars of its start: look only there
        Anchors.Scan fonds = new Anchors.Scan(s, "F.", "f.", "Fond", "fond");
        if (fonds.next(0) < 0) return refs; // most texts name no fond: no matcher set up
        Matcher m = Anchors.matcher(REF, s);
        int searched = 0;
        for (int p = fonds.next(0); p >= 0; p = fonds.next(p + 1)) {
            if (p < searched) continue;
            int start = startBefore(m, s, Math.max(searched, p - MAX_ARCHIVE_LEAD), p);
            if (start < 0) continue;
            searched = m.end();
            if (m.group(3) == null && m.group(5) == null && m.group(6) == null && !m.group(1).contains(" ")) {
                continue; // "X, F. 3" alone is too little to be sure it is a location, unless the archive is named in full
            }
            // "(APRF), F. 3, …": the text as written from the abbreviation on, without its closing parenthesis
            String written = s.charAt(m.end(1)) == ')' ? m.group(1) + s.substring(m.end(1) + 1, m.end()) : m.group();
            refs.add(new ArchivalReference(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
                    leaves(m.group(6)), written.strip()));
        }
        return refs;
    }

    /**
     * The first start in [from, to] where a reference matches (left in {@code m}), or -1. Only
     * starts from which nothing but an archive's name and its separator stand before {@code to}
     * are tried: a match through an earlier "F." was looked for at that one.
     */
    private static int startBefore(Matcher m, String s, int from, int to) {
        int lo = to;
        while (lo > from && mayLead(s.charAt(lo - 1))) lo--;
        for (int i = lo; i <= to; i++) {
            if (Character.isUpperCase(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && Anchors.matchesAt(m, i, Math.min(s.length(), to + MAX_REFERENCE))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A char of an archive's name or of the separator after it (a surrogate: perhaps a letter). The name may be the
     * abbreviation in parentheses after the full one ("Archive of the President of the Russian Federation (APRF), fond
     * 52, …", "Arkhiv Prezidenta Rossiiskoi Federatsii (APRF), f. 52, …", WCDA's citations of the Volkogonov copies): the
     * abbreviation is the archive, as the citations that give it alone name it ("APRF: F. 39, …").
     */
    private static boolean mayLead(char c) {
        return c == ' ' || c == ',' || c == ':' || c == '-' || c == '(' || c == ')' || Character.isLetter(c) || Character.isSurrogate(c);
    }

    /** "19-22" stays; "34-36 ob" gives "34-36ob"; "15-16, 17-19, and 20-22" gives "15-16, 17-19, 20-22". */
    static String leaves(String written) {
        if (written == null) return null;
        Matcher m = RANGE_PATTERN.matcher(written);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!out.isEmpty()) out.append(", ");
            for (char c : m.group().toCharArray()) {
                if (c == ' ' || c == '.') continue;
                out.append(c == '–' || c == '—' ? '-' : c);
            }
        }
        return out.toString();
    }
}
