/**
 * The tables across documents, each a {@link org.fonds.deliberation.tables.Table} with a CSV and a
 * JSON form, in a fixed order so that a rebuild gives the same bytes.
 */
package org.fonds.deliberation.tables;
