package org.fonds.parse.describe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signature set between slashes or after a signed mark, as typed copies and their transcriptions write them:
 * "[signature] /A. PUZANOV/" closing an ambassador's journal (or "[signature]" / "(A. PUZANOV)"), "/s/ Charles E. Bohlen" under a letter or telegram,
 * "/–/ Ogrodziński" under a Polish record. Whoever signs so is the author, whatever the kind of the document, and
 * the copies list or distribution that often follows the signature does not hide it.
 */
final class SlashedSignature {
    /** How far from the end of the text a signature is looked for: past a copies list and a file number. */
    private static final int REACH = 1500;
    /** Initials and names, the last a name: "A. PUZANOV", "John W. Smith", "Ogrodziński". */
    private static final String NAME = "((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]{1,30}) ?){0,4}\\p{Lu}[\\p{L}'’-]{2,30})";
    /** "/A. PUZANOV/": the name alone between slashes. */
    private static final Pattern BETWEEN = Pattern.compile("(?<![\\p{L}\\d/])/" + NAME + "/(?![\\p{L}\\d/])");
    /** "/s/ Bohlen", "/–/ Ogrodziński": the signed mark, then the name. */
    private static final Pattern SIGNED = Pattern.compile("(?<![\\p{L}\\d/])/(?:s|S|-|–|—)/ ?" + NAME + "(?![\\p{L}\\d])");
    /**
     * "[signature]" and the name in parentheses under it ("[signature]" / "(A. PUZANOV)", the same journals as
     * WCDA's other copies of them transcribe the typed name): the signature mark, then the name alone in parentheses.
     */
    private static final Pattern MARKED = Pattern.compile("\\[signature\\]\\s{0,4}\\(" + NAME + "\\)");

    private SlashedSignature() {
    }

    /** The name the last slashed signature of the text gives, as written, or null. */
    static String of(String body) {
        int from = Math.max(0, body.length() - REACH);
        // most texts hold no slash nor signature mark near their end: no matcher set up
        if (body.indexOf('/', from) < 0 && body.indexOf("[signature]", from) < 0) return null;
        String end = body.substring(from);
        String name = null;
        for (Pattern p : new Pattern[] {BETWEEN, SIGNED, MARKED}) {
            Matcher m = p.matcher(end);
            int at = -1;
            while (m.find()) {
                at = m.start();
                name = m.group(1).strip();
            }
            if (at >= 0) return name;
        }
        return null;
    }
}
