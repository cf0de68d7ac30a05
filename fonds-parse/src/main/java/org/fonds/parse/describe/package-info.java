/**
 * What a record says of itself beyond title and date (RECORD.md as amended in December 2026): its
 * kind, senders and addressees, place, security marking, translators and chair. Each reader looks at
 * the title, the header lines and the first lines of the text, where documents state these facts.
 */
package org.fonds.parse.describe;
