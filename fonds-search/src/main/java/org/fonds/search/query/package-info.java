/**
 * The query language a reader types (its grammar is in {@link org.fonds.search.query.QueryParser}):
 * text in, an engine-free {@link org.fonds.search.query.Expr} tree or a {@link
 * org.fonds.search.query.QueryError} with a stable code and an offset out. Every limit (length,
 * clauses, depth, expanding words) is enforced here, before any engine sees the query, and nothing
 * typed is ever passed on as engine syntax: the engines translate the tree clause by clause.
 */
package org.fonds.search.query;
