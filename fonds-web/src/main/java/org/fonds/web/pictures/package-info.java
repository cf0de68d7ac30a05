/**
 * Pictures of the derived tables, drawn on the server as SVG so they need no script: the
 * attendance heat map ({@link org.fonds.web.pictures.Heatmap}), the session timeline
 * ({@link org.fonds.web.pictures.SessionTimeline}) and who sat together, a matrix of the share of
 * sessions two people shared ({@link org.fonds.web.pictures.CoAttendance}).
 * Each works on a {@link org.fonds.web.pictures.SessionRange} and a bounded number of people, so a
 * corpus of thousands of sessions still gives a picture one can read and a page one can load; each
 * gives the data it draws as a table to download.
 */
package org.fonds.web.pictures;
