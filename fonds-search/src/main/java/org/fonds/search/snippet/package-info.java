/**
 * The passages that show why a document matched, cut from the texts an index stores (summary, body,
 * each note) by one class for both engines, with the matched words marked in escaped HTML. It is
 * asked for the query's words and phrases, not the query, since a date span or a filter matches in
 * no single text; and its output is the only markup a hit carries, so record text always shows as text.
 */
package org.fonds.search.snippet;
