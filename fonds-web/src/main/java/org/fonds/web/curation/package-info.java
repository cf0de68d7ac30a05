/**
 * Editors correcting the archive in the browser (issue 17), the only part of the server that changes
 * data. {@link org.fonds.web.curation.Curation} wires the routes; {@code Gate} decides who may send a
 * change (editing switched on, this site's own origin, a live session, a role that may edit, the
 * session's CSRF token) and refuses everything else with 403; {@code EditorSessions} and
 * {@code SignInLimits} hold the sessions and the failed sign-ins in memory; {@code SignInPages} and
 * {@code CorrectionPages} are the thin handlers, over {@link org.fonds.archive.Archive#correct}.
 */
package org.fonds.web.curation;
