package org.fonds.export;

import org.fonds.record.PublishedIn;

/**
 * The print publication of a translation ("CWIHP Bulletin 8-9, pp. 394-395") in words. The year
 * is the publication's own and only where the record states it: the document's date is not the
 * Bulletin's, and a citation gives no year rather than a wrong one.
 */
final class Print {
    private Print() {
    }

    /** "CWIHP Bulletin 8-9 (2005), pp. 394-395", with {@code dash} between the pages (BibTeX wants "--"). */
    static String words(PublishedIn print, String dash) {
        StringBuilder s = new StringBuilder(Clean.oneLine(print.title()));
        if (present(print.issue())) s.append(issueSeparator(print.issue())).append(Clean.oneLine(print.issue()));
        if (present(print.year())) s.append(" (").append(Clean.oneLine(print.year())).append(')');
        if (present(print.pages())) {
            Pages pages = Pages.of(print.pages());
            s.append(pages.last() == null ? ", p. " : ", pp. ").append(pages.joined(dash));
        }
        return s.toString();
    }

    /**
     * Before an issue: a space for a number ("CWIHP Bulletin 8-9"), a comma for a labelled part
     * ("Foreign Relations of the United States, 1955–1957, vol. XXV, Eastern Europe, doc. 97").
     */
    static String issueSeparator(String issue) {
        String i = Clean.oneLine(issue);
        return !i.isEmpty() && Character.isLetter(i.charAt(0)) ? ", " : " ";
    }

    /** The year, when the record states one made of four digits (formats that want a number). */
    static String year(PublishedIn print) {
        return present(print.year()) && print.year().strip().matches("\\d{4}") ? print.year().strip() : null;
    }

    static boolean present(String s) {
        return s != null && !Clean.oneLine(s).isEmpty();
    }
}
