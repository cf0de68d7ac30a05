/**
 * The contents section: translation label, notes heading, notes split by their running numbers,
 * note markers, and the clean body with its paragraphs and marker offsets.
 */
package org.fonds.parse.contents;
