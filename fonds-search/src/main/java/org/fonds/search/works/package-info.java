/**
 * Search by works, not files: one text from two publishers (a work the derived tables found to have
 * several sources) is one hit and counts once in each facet. It wraps either engine through
 * {@link org.fonds.search.Searcher} and asks it in the query language alone, so the copies the tables
 * find change the search at once, without a field in the index or a reindex.
 */
package org.fonds.search.works;
