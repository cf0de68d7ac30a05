/**
 * Synthetic export files for tests, benchmarks and the demo. {@link org.fonds.synth.Generator}
 * plans each document, writes it through a {@link org.fonds.synth.TwinWriter} that keeps the raw
 * export and the clean text side by side, and states the record the parser must find. Everything
 * in it is invented; every summary says the record is synthetic.
 */
package org.fonds.synth;
