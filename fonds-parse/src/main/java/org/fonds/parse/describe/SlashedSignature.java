package org.fonds.parse.describe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;

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
    private static final String MARK = "[signature]";
    private static final Pattern MARKED = Pattern.compile("\\[signature\\]\\s{0,4}\\(" + NAME + "\\)");

    private SlashedSignature() {
    }

    /**
     * The name the last slashed signature of the text gives, as written, or null. Tried only at the slashes of the
     * text's end, from the last back: a pattern's {@code find()} tries every char, and the archive's current pages
     * end with their addresses' slashes, so most texts reached the regex engine 1,500 chars at a time, twice.
     */
    static String of(String body) {
        int from = Math.max(0, body.length() - REACH);
        // most texts hold no slash nor signature mark near their end: no matcher set up
        if (body.indexOf('/', from) < 0 && body.indexOf(MARK, from) < 0) return null;
        for (Pattern p : new Pattern[] {BETWEEN, SIGNED}) {
            String name = lastAt(p, body, "/", from);
            if (name != null) return name;
        }
        return lastAt(MARKED, body, MARK, from);
    }

    /** The name the pattern gives at the last place from {@code from} on where it matches from {@code anchor}. */
    private static String lastAt(Pattern p, String body, String anchor, int from) {
        Matcher m = Anchors.matcher(p, body);
        for (int at = body.lastIndexOf(anchor); at >= from; at = body.lastIndexOf(anchor, at - 1)) {
            if (Anchors.matchesAt(m, at, body.length())) return m.group(1).strip();
        }
        return null;
    }
}
