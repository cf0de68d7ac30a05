/**
 * The operations that join the parser, the store, the search index and the derived tables: ingest
 * (read, parse, store, index, keep what is refused), reparse, reindex, verify, and the derived tables
 * kept in the home and as a running server sees them. The store is the truth: every step that writes
 * derived data can be redone from it, and one record that cannot be read or extracted is named and
 * passed over, never allowed to stop the rest. Messages for people and exit codes belong to the
 * command line ({@code ProgressBar} is still here; issue 14 moves it there).
 */
package org.fonds.ingest;
