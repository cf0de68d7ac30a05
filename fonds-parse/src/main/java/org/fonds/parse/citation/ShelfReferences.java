package org.fonds.parse.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.record.ArchivalReference;

/**
 * A British archive's shelf mark after the collection that holds it, as the Margaret Thatcher Foundation's catalogue
 * writes its source ("Thatcher MSS (Churchill Archive Centre): THCR 1/20/3/5 f10", "…: THCR1/3/30 f69"): a class's
 * letters, its piece numbers joined by slashes, and the folio. The collection before the colon is the archive; the
 * folio, where given, the leaves. Read as a citation with no such reference, the whole line stood as the repository.
 * Only a mark right after ": " is taken: FRUS's file numbers ("690D.91/7-162") and dates with slashes stand elsewhere.
 */
final class ShelfReferences {
    private static final Pattern MARK = Pattern.compile(
            "(\\p{Lu}{2,5} ?\\d{1,4}(?:/\\d{1,5}){1,5})(?: (?:ff?\\.?|fol\\.) ?(\\d{1,4}(?:[-–]\\d{1,4})?))?(?![\\p{L}\\d/])");
    /** No collection's name runs longer than this before its colon. */
    private static final int MAX_ARCHIVE = 120;

    private ShelfReferences() {
    }

    static List<ArchivalReference> findAll(String text) {
        List<ArchivalReference> refs = new ArrayList<>();
        if (text.indexOf('/') < 0) return refs; // no mark without its slashes: no matcher set up
        Matcher m = MARK.matcher(text);
        for (int colon = text.indexOf(": "); colon > 0; colon = text.indexOf(": ", colon + 2)) {
            int at = colon + 2;
            if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) continue;
            if (!m.region(at, text.length()).lookingAt()) continue;
            String archive = collection(text, colon);
            if (archive.isEmpty()) continue;
            String leaves = m.group(2) == null ? null : m.group(2).replace('–', '-');
            refs.add(new ArchivalReference(archive, null, null, null, null, leaves, m.group().strip()));
        }
        return refs;
    }

    /** The words before the colon back to the citation's start or its previous sentence or clause. */
    private static String collection(String text, int colon) {
        int from = Math.max(0, colon - MAX_ARCHIVE);
        int start = from;
        for (int i = colon - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ';' || (c == '.' && i + 1 < colon && text.charAt(i + 1) == ' ')) {
                start = i + 1;
                break;
            }
        }
        return text.substring(start, colon).strip();
    }
}
