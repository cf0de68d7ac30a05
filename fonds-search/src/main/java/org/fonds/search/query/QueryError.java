package org.fonds.search.query;

/** placeholder: replaced by the parser branch */
public class QueryError extends RuntimeException {
    public QueryError(String message) {
        super(message);
    }

    public String code() {
        return "placeholder";
    }

    public int at() {
        return 0;
    }

    public String pointer() {
        return "";
    }
}
