/**
 * The derived tables ({@link org.fonds.deliberation.Deliberations}) as the web reads them: a
 * {@link org.fonds.web.derived.Snapshot} indexes one value by person and session, so a page or an
 * API answer looks things up instead of scanning tables of millions of rows, and
 * {@link org.fonds.web.derived.Derived} makes a new snapshot only when the value is replaced.
 * The records here are what the API sends and what the pages show.
 */
package org.fonds.web.derived;
