package org.fonds.parse;

import org.fonds.parse.citation.Citation;
import org.fonds.parse.dates.Dates;
import org.fonds.parse.header.Sections;

/**
 * What the header of a record gave, however it was read (by labels or line by line): the fields
 * above the contents and where the contents begin. {@code sections} is null for unlabelled layouts.
 */
record Frame(String title, Dates.Found date, Citation citation, String summary, String language, int contentsStart,
             int contentsEnd, String classification, Sections sections) {
}
