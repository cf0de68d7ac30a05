/**
 * The people authority: one {@link org.fonds.deliberation.people.Person} per real individual, from
 * the editors' {@link org.fonds.deliberation.people.Authority} file (format in
 * {@code org/fonds/deliberation/README-authority.md}) and the name forms the corpus shows
 * ({@link org.fonds.deliberation.people.NameScanner}), worked out by
 * {@link org.fonds.deliberation.people.People}. Shared surnames are flagged, never merged blindly.
 */
package org.fonds.deliberation.people;
