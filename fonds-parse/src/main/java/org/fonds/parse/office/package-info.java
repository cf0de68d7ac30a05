/**
 * A translation kept as a word processor's file (Word's .docx), read as its text: paragraphs, and its footnotes as
 * the numbered notes at the end that the text readers know.
 */
package org.fonds.parse.office;
