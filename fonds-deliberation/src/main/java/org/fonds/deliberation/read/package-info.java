/**
 * The derived tables as pages and APIs read them: {@link org.fonds.deliberation.read.Tables} answers
 * the questions the web asks (a person, their turns page by page, a session, who attended it) without
 * handing out the corpus. {@link org.fonds.deliberation.read.MemoryTables} answers them from a
 * {@link org.fonds.deliberation.Deliberations} value held in memory (small corpora, tests);
 * {@code org.fonds.deliberation.db} answers them by query from a database file. A contract test
 * suite holds both to the same answers.
 */
package org.fonds.deliberation.read;
