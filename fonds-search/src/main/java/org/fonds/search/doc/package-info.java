/**
 * What one record gives the index ({@link org.fonds.search.doc.IndexDocuments#of}): the values of every
 * field and facet as plain strings, worked out once from the record (the document type from its title,
 * archival files as archivists label them) and then typed by each engine in its own way. Engines must
 * index this value and nothing they read off the record themselves, so both see the same document.
 */
package org.fonds.search.doc;
