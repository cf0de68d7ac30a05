package org.fonds.search.query;

/**
 * The query being parsed: {@code query} as the reader gave it (for errors) and {@code text}, the same
 * with every control character turned into a space, so a pasted tab or line break separates words like a
 * space does and every offset is the same in both.
 */
record Source(String query, String text) {

    static Source of(String query) {
        StringBuilder text = new StringBuilder(query.length());
        query.chars().forEach(c -> text.append(Character.isISOControl(c) ? ' ' : (char) c));
        return new Source(query, text.toString());
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** True at the end of the text or on a space of any kind. */
    boolean isSpace(int i) {
        if (i >= text.length()) return true;
        char c = text.charAt(i);
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    QueryError error(QueryErrorCode code, String message, int at) {
        return new QueryError(code, message, query, at);
    }
}
