package org.fonds.parse.describe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;

/**
 * A signature set between slashes or after a signed mark, as typed copies and their transcriptions write them:
 * "[signature] /A. PUZANOV/" closing an ambassador's journal, "/s/ Charles E. Bohlen" under a letter or telegram,
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

    private SlashedSignature() {
    }

    /**
     * The name the last slashed signature of the text gives, as written, or null. Tried only at the slashes of the
     * text's end, from the last back: a pattern's {@code find()} tries every char, and the archive's current pages
     * end with their addresses' slashes, so most texts reached the regex engine 1,500 chars at a time, twice.
     */
    static String of(String body) {
        int from = Math.max(0, body.length() - REACH);
        if (body.indexOf('/', from) < 0) return null; // most texts hold no slash near their end: no matcher set up
        for (Pattern p : new Pattern[] {BETWEEN, SIGNED}) {
            Matcher m = Anchors.matcher(p, body);
            for (int at = body.lastIndexOf('/'); at >= from; at = body.lastIndexOf('/', at - 1)) {
                if (Anchors.matchesAt(m, at, body.length())) return m.group(1).strip();
            }
        }
        return null;
    }
}
