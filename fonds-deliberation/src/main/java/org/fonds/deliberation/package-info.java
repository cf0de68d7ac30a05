/**
 * Deliberations: what working notes show across documents, derived from records and nothing else.
 *
 * <p>{@link org.fonds.deliberation.Deliberations#build} takes records and an
 * {@link org.fonds.deliberation.people.Authority} and gives an immutable value: the people
 * ({@code people} package), the sessions with their agenda, decisions and tasks ({@code sessions}),
 * and the tables across documents ({@code tables}): attendance and speaking matrices, each person's
 * statements in date order, the decision and task log, archival references grouped by file, works
 * cited, and dates on a timeline. Each table has a CSV and a JSON form; {@code json()} writes the
 * whole value. The same records give the same bytes in any order, so the value can be stored as a
 * derived table and rebuilt on {@code fonds reindex}. Records can also be added one by one through
 * {@link org.fonds.deliberation.DeliberationsBuilder}.
 */
package org.fonds.deliberation;
