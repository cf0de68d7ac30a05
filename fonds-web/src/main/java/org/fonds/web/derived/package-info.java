/**
 * The derived tables as the web reads them: {@link org.fonds.web.derived.Derived} hands each request
 * the tables as they are now (a {@link org.fonds.deliberation.read.Tables}, by query from the home's
 * database), and makes of them what the API sends and the pages show, a page at a time
 * ({@link org.fonds.web.derived.Page}), so no answer holds more of the corpus than it shows.
 */
package org.fonds.web.derived;
