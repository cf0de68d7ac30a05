package org.fonds.parse.describe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keeper a journal's title names: "Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 4 June 1960" (WCDA's
 * pages of the Soviet ambassadors' journals, one a day) was written by Puzanov, whether or not the page kept the
 * signature under the entry. Only a title that opens with "Journal of" and names the day after "for": "From the Journal
 * of …: Record of Conversation …" is an extract, which names no sender (see {@link Correspondents}). The signature under
 * the entry, where the page kept it ("[signature]" / "(A. PUZANOV)"), outranks the title: the keeper is asked for last.
 */
public final class JournalKeeper {
    private static final String OPENING = "Journal of ";
    /** The keeper's initials and surname right before " for " and the day: "A.M. Puzanov", "A. M. Puzanov". */
    private static final Pattern KEEPER = Pattern.compile(
            "((?:\\p{Lu}\\p{Ll}?\\. ?){1,3}\\p{Lu}[\\p{L}'’-]{1,30}) for (?:the period )?\\d{1,2} \\p{Lu}\\p{Ll}{2,9}\\b");
    /** How long a title this reads: the post before the name is a few words. */
    private static final int MAX_TITLE = 160;

    private JournalKeeper() {
    }

    /** The keeper's name as the title writes it, or null. */
    public static String of(String title) {
        if (!title.startsWith(OPENING) || title.length() > MAX_TITLE) return null;
        int at = title.indexOf(" for ");
        if (at < 0) return null;
        Matcher m = KEEPER.matcher(title);
        return m.find(OPENING.length()) ? m.group(1) : null;
    }
}
