/**
 * The benchmarks of BENCHMARKS.md: parse (JMH), ingest, search, reading-room pages and derived tables,
 * each on generated records and each beside a baseline measured in the same process (decode only,
 * raw OCFL and raw Lucene, bare Lucene queries, a bare {@code /health} request), so that the ratio,
 * not the machine, is what a run reports. A benchmark should time the path a user runs, not a
 * shortcut of its own.
 */
package org.fonds.bench;
