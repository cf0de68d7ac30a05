/**
 * The archive home and the truth in it: an OCFL 1.1 repository of one object per document (the source
 * byte for byte and the record read from it, version by version), the refused inputs kept with their
 * reasons, the write lock of the one process that may write, and what makes writes survive a crash
 * (the journal of intents, group commit, recovery, atomic files). Everything else in the home is
 * derived from what this package keeps and can be rebuilt; this package knows nothing of parsing,
 * search or the derived tables, and a stored file is checked against its digest whenever it is read.
 */
package org.fonds.store;
