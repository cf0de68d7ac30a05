package org.fonds.search.doc;

import java.util.List;
import java.util.Locale;

/**
 * The kind of a document, read from the first words of its title ("Working Notes from the Session
 * ...", "Telegram from ...", "Memorandum of Conversation ..."), for the type facet. Archives title
 * their records this way; a title that names no known kind gives {@code "document"}.
 */
public final class DocumentType {
    /** Kinds by the words that name them, longest first so "record of conversation" wins over "record". */
    private static final List<String[]> KINDS = List.of(
            new String[] {"working notes", "working notes"},
            new String[] {"memorandum of conversation", "memorandum of conversation"},
            new String[] {"record of conversation", "record of conversation"},
            new String[] {"minutes", "minutes"},
            new String[] {"protocol", "protocol"},
            new String[] {"transcript", "transcript"},
            new String[] {"stenographic", "transcript"},
            new String[] {"telegram", "telegram"},
            new String[] {"cable", "telegram"},
            new String[] {"ciphered", "telegram"},
            new String[] {"letter", "letter"},
            new String[] {"memorandum", "memorandum"},
            new String[] {"memo", "memorandum"},
            new String[] {"report", "report"},
            new String[] {"information", "report"},
            new String[] {"diary", "diary"},
            new String[] {"journal", "diary"},
            new String[] {"speech", "speech"},
            new String[] {"address", "speech"},
            new String[] {"resolution", "resolution"},
            new String[] {"decree", "resolution"},
            new String[] {"decision", "resolution"},
            new String[] {"directive", "resolution"},
            new String[] {"draft", "draft"},
            new String[] {"note", "note"});
    /** Only the opening words of a title name the kind; later words are about the content. */
    private static final int OPENING = 60;

    private DocumentType() {}

    public static String of(String title) {
        String opening = title.toLowerCase(Locale.ROOT);
        opening = opening.substring(0, Math.min(OPENING, opening.length()));
        String best = "document";
        int bestAt = Integer.MAX_VALUE;
        for (String[] kind : KINDS) {
            int at = wordAt(opening, kind[0]);
            if (at >= 0 && at < bestAt) {
                best = kind[1];
                bestAt = at;
            }
        }
        return best;
    }

    /** Where {@code words} start in {@code text} as whole words, or -1. */
    private static int wordAt(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) return at;
        }
        return -1;
    }
}
