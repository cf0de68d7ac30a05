/**
 * The archive as one thing: {@link org.fonds.archive.Archive} owns a home's store, search index,
 * derived tables and write lock, and offers what users do with them (ingest, reparse, reindex,
 * verify, tables, read). The command line and the web are adapters over it: they turn options and
 * requests into calls and results into text, and never open the store or the index themselves.
 */
package org.fonds.archive;
