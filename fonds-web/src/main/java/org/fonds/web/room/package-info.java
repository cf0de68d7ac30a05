/**
 * The reading room: one class per kind of page (search, document, archival file, person, session,
 * problems, pictures) builds a view record of plain values, and a jte template compiled at build time
 * renders it, escaping every value, so text from a record can never become markup. Views hold no
 * behaviour and templates no logic beyond loops and conditions; links are made in one place
 * ({@code Links}, {@code PersonLinks}), and every page works without JavaScript.
 */
package org.fonds.web.room;
