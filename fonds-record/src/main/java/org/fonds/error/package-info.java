/**
 * The one root of Fonds' failures, {@link org.fonds.error.FondsException}, and the kinds it comes
 * in. Modules throw its subclasses (the store's damaged object, the query parser's error, an
 * unreachable Solr cluster, a missing document); the web maps the kind to a status and the command
 * line to an exit code, each in one place, so a parser crash can never again be reported as a
 * refusal or a missing document as a bug. It lives in the lowest module so every other can use it.
 */
package org.fonds.error;
