/**
 * What the store hands out about a document's versions, as plain values: a version with its two
 * files, a line of its history, and which version a reader asks for. They live here, beside the
 * record, so the web and the command line can show versions without depending on the store.
 */
package org.fonds.record.stored;
