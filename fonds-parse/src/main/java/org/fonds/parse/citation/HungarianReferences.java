package org.fonds.parse.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.record.ArchivalReference;

/**
 * References to the Hungarian National Archives, which number by record group and box, not by fond, opis and delo:
 * "MOL, M-KS 276. f. 53/302. ő. e." (the party's records: fond, series, unit of keeping), "MOL, XIX-J-1-j Korea,
 * 4. doboz, 5/a, 004076/ 1955" (the foreign ministry's: group, box, file), "Magyar Orszagos Leveltar, XIX J- 1-K
 * Horvath Imre kulugyminiszter iratai, 55, doboz". Each is kept whole with its archive (spec/RECORD.md: a reference
 * in another archive's system is never dropped); it runs to the sentence after it ("Translated by …", "Published
 * in …"), a URL, or the citation's end.
 */
final class HungarianReferences {
    private static final Pattern REF = Pattern.compile(
            "(?<![\\p{L}])(MOL|MNL OL|Magyar Orsz[áa]gos Lev[ée]lt[áa]r|Hungarian National Archives(?: \\(MOL\\))?),? "
                    + "(\\S(?:[^\\n]{0,200}?))(?=\\. \\p{Lu}\\p{Ll}|\\.? ?https?://|\\.?$|\\.\\n)");
    /** What only a Hungarian reference holds: a box, a unit of keeping, the party's or a ministry's record group. */
    private static final Pattern HUNGARIAN = Pattern.compile("doboz|ő\\. ?e\\.|M-KS|\\bXIX\\b|\\bXIX-|\\bf\\. ?\\d|\\d\\. ?f\\.");

    private HungarianReferences() {
    }

    static List<ArchivalReference> findAll(String text) {
        List<ArchivalReference> refs = new ArrayList<>();
        if (!text.contains("MOL") && !text.contains("MNL") && !text.contains("Magyar") && !text.contains("Hungarian National")) {
            return refs; // most citations name no Hungarian archive: no matcher set up
        }
        Matcher m = REF.matcher(text);
        while (m.find()) {
            if (HUNGARIAN.matcher(m.group(2)).find()) {
                refs.add(new ArchivalReference(m.group(1), null, null, null, null, null, m.group().strip()));
            }
        }
        return refs;
    }
}
