/**
 * The record: what a parsed document yields (spec/RECORD.md), as immutable Java records, and
 * its JSON form ({@link org.fonds.record.RecordJson}). Everything downstream of the parser (store,
 * index, web, exports) reads these types and nothing else of the parser.
 */
package org.fonds.record;
