/**
 * The HTTP server: routes wired once in {@link org.fonds.web.WebServer}, the JSON API (documents,
 * search, people, sessions, tables), {@code /oai}, and the mapping of errors to answers (JSON for the
 * API, a page for the reading room, 500 with {@code damaged-object} for a copy that fails its
 * digest). Handlers are thin: they read the request, ask the store, the search or the derived tables,
 * and write the answer; no route changes data, and the pages themselves live in {@code room}.
 */
package org.fonds.web;
