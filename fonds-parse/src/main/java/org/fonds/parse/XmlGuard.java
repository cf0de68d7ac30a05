package org.fonds.parse;

/**
 * A text that declares itself XML may carry a document type with entities ("billion laughs",
 * external files). Fonds never expands or fetches them: such a file is refused, naming the line.
 */
final class XmlGuard {
    /** How far into an XML file a declaration may stand (it belongs in the prolog). */
    private static final int PROLOG = 64 * 1024;

    private XmlGuard() {
    }

    /** The 1-based line of a DOCTYPE or ENTITY declaration in an XML prolog, or 0. */
    static int declarationLine(String text) {
        int s = 0; // where stripLeading() would start, without copying the text
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) s++;
        if (!text.startsWith("<?xml", s) && !text.startsWith("<!DOCTYPE", s) && !text.startsWith("<TEI", s)) return 0;
        int limit = Math.min(text.length(), PROLOG);
        int at = indexOf(text, "<!DOCTYPE", limit);
        int entity = indexOf(text, "<!ENTITY", limit);
        if (at < 0 || (entity >= 0 && entity < at)) at = entity;
        if (at < 0) return 0;
        int line = 1;
        for (int i = 0; i < at; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static int indexOf(String text, String what, int limit) {
        int i = text.indexOf(what);
        return i >= 0 && i < limit ? i : -1;
    }
}
