/**
 * A web page saved as HTML (the archive's own page, a FRUS document, a briefing book's page), read as the text a
 * browser shows of it, so that the layouts of {@code org.fonds.parse.layout} read it as they read a copied page.
 */
package org.fonds.parse.html;
