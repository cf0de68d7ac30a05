package org.fonds.parse.layout;

import org.fonds.parse.dates.Dates;

/**
 * What the lines above the contents say, read without labels: title, date, an unlabelled citation
 * or source line, a summary, and where the contents begin and end ({@code bodyStart}, {@code bodyEnd}:
 * source offsets; a source line after the text, as the National Security Archive sets it, ends it).
 */
public record Header(String title, Dates.Found date, int dateOrigin, String citation, String summary, int bodyStart,
                     int bodyEnd, String classification) {
}
