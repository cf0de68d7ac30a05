package org.fonds.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;

/**
 * "… Ll. 203-209, original in Russian. Translated …": the original language named inside a citation; or the language
 * a translation was made from ("…, ll. 44-77, …; translation from Russian by David Wolff.", WCDA's older pages), which
 * is the original's when the citation names no other.
 */
final class OriginalLanguage {
    private static final Pattern IN_CITATION = Pattern.compile("(?i:original(?:ly)? in) (\\p{Lu}\\p{Ll}{2,20})");
    /** Tried only where its first word stands ({@link #TRANSLATED}): "translation from Russian by", "translated from Polish by". */
    private static final Pattern FROM = Pattern.compile("(?i:translat(?:ion|ed)) from (\\p{Lu}\\p{Ll}{2,20}) by ");
    private static final Anchors.Folded TRANSLATED = new Anchors.Folded("translat");

    private OriginalLanguage() {
    }

    static String inCitation(String citation) {
        Matcher m = IN_CITATION.matcher(citation);
        if (m.find()) return m.group(1);
        Matcher from = Anchors.matcher(FROM, citation);
        for (int at = TRANSLATED.in(citation, 0); at >= 0; at = TRANSLATED.in(citation, at + 1)) {
            if (Anchors.matchesAt(from, at, citation.length())) return from.group(1);
        }
        return "";
    }
}
