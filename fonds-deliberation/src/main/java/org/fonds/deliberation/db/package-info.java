/**
 * The derived tables in a database file, written document by document and read by query.
 *
 * <p>{@link org.fonds.deliberation.db.TablesDb} keeps each document's rows
 * ({@link org.fonds.deliberation.DocumentRows}) beside the people and the name form to person map.
 * A rebuild writes every document; an update after an ingest rewrites the documents that changed
 * and those whose rows depend on a name form that now means someone else, or whose meeting gained or
 * lost an account, and the people whose entry changed. Who is who is worked out again only for the
 * surnames the change can reach ({@link org.fonds.deliberation.db.PeopleScope}: the changed documents'
 * forms and every form whose reading flipped, against the readings kept in {@code name_forms}), and
 * the meetings and copies over every record, read back only for the records whose group can differ
 * from the one held ({@link org.fonds.deliberation.sessions.Regrouping}). {@link org.fonds.deliberation.db.DbTables}
 * answers {@link org.fonds.deliberation.read.Tables} from the file, a page at a time. Every value
 * reaches SQL as a parameter of a prepared statement: ids and names are anyone's input.
 */
package org.fonds.deliberation.db;
