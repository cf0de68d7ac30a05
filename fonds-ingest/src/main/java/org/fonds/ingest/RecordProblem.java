package org.fonds.ingest;

/**
 * A stored document that one stage could not handle and went on without: a damaged object, a record
 * this reader cannot read, an extraction that failed. One bad record must never stop a rebuild, a
 * server or an ingest (issue 15); it is named here instead, with the stage and the reason.
 *
 * @param id the document
 * @param stage what went on without it: {@code reindex}, {@code derived tables}, {@code index}
 * @param reason why, in words a person can act on
 */
public record RecordProblem(String id, String stage, String reason) {
    /** Ingest stored the document but could not index it. */
    public static final String INDEX = "index";
    /** A rebuild of the index went on without the document. */
    public static final String REINDEX = "reindex";
    /** The derived tables went on without the document. */
    public static final String TABLES = "derived tables";

    /** Turns what a stage caught into a problem; an error such as a stack overflow is named by its class. */
    static RecordProblem of(String id, String stage, Throwable t) {
        String why = t.getMessage() == null || t instanceof Error ? t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()) : t.getMessage();
        return new RecordProblem(id, stage, why);
    }

    /** A stable code for what became of the document: {@code not-indexed} or {@code not-in-tables}. */
    public String code() {
        return stage.equals(TABLES) ? "not-in-tables" : "not-indexed";
    }

    /** One line for people: "ID: STAGE: REASON". */
    public String line() {
        return id + ": " + stage + ": " + reason;
    }
}
