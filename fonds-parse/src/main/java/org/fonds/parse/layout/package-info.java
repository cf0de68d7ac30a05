/**
 * Which layout a text is in, and what its header says. {@link org.fonds.parse.layout.Layouts} tries each
 * {@link org.fonds.parse.layout.Layout} in turn on the first lines of a text; the one that recognises it
 * names the record's {@code layout} and tells the reader which lines are the publisher's chrome and where
 * its title and date stand. Labelled exports ("Citation:", "Contents:") are read by their labels
 * ({@code header.Sections}); every other layout by {@link org.fonds.parse.layout.PageReader}, line by line.
 * A new publisher is one more {@code Layout} class, listed in {@code Layouts}, with a test on a real record.
 */
package org.fonds.parse.layout;
