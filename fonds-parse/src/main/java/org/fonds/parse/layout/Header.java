package org.fonds.parse.layout;

import org.fonds.parse.dates.Dates;

/**
 * What the lines above the contents say, read without labels: title, date, an unlabelled citation
 * or source line, a summary, and where the contents begin ({@code bodyStart}, a source offset; the
 * end of the span when everything in it was header).
 */
public record Header(String title, Dates.Found date, int dateOrigin, String citation, String summary, int bodyStart,
                     String classification) {
}
