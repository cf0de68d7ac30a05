package org.fonds.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "… Ll. 203-209, original in Russian. Translated …": the original language named inside a citation. */
final class OriginalLanguage {
    private static final Pattern IN_CITATION = Pattern.compile("(?i:original(?:ly)? in) (\\p{Lu}\\p{Ll}{2,20})");

    private OriginalLanguage() {
    }

    static String inCitation(String citation) {
        Matcher m = IN_CITATION.matcher(citation);
        return m.find() ? m.group(1) : "";
    }
}
