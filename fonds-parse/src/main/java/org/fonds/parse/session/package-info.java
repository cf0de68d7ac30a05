/** The deliberation inside working notes: participants, speakers' turns, protocol references. */
package org.fonds.parse.session;
