/**
 * Synthetic export files for tests, benchmarks and the demo. {@link org.fonds.synth.Generator}
 * plans each document, writes it through a {@link org.fonds.synth.TwinWriter} that keeps the raw
 * export and the clean text side by side, and states the record the parser must find. Half the
 * records are the archive's labelled export ({@code DocumentWriter.Header}); the rest are written
 * around the same body in the other layouts Fonds recognises ({@link org.fonds.synth.PageWriter}:
 * the older web page, PDF text, a National Security Archive reader, CREST, plain text). Everything
 * in it is invented; every file says the record is synthetic (in its summary, or CREST's collection line).
 */
package org.fonds.synth;
