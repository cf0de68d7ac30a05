/**
 * An OAI-PMH 2.0 data provider over the store, disseminating {@code oai_dc}.
 *
 * <p>{@link org.fonds.oai.OaiProvider#handle} takes a request's arguments and the time, and answers a
 * status and an XML body: the web layer only passes the query through. Inside, a request is checked
 * ({@code Arguments}), answered from a {@code Catalog} (a sorted table of id, version, datestamp and
 * sets, derived from the store and refreshed as it ages), paged with signed, stateless
 * {@code ResumptionToken}s, and written with an XMLStreamWriter ({@code OaiXml}, {@code DublinCore}).
 */
package org.fonds.oai;
