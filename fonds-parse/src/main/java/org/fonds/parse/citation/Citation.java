package org.fonds.parse.citation;

import java.util.List;
import org.fonds.parse.dates.Dates;
import org.fonds.record.ArchivalReference;
import org.fonds.record.PublishedIn;

/** What a citation (or source block) says, field by field. Absent parts are null or empty. */
public record Citation(
        String text,
        String quotedTitle,
        Dates.Found date,
        String repository,
        List<String> urls,
        List<ArchivalReference> archivalReferences,
        String compiler,
        PublishedIn publishedIn) {

    public Citation {
        urls = List.copyOf(urls);
        archivalReferences = List.copyOf(archivalReferences);
    }
}
