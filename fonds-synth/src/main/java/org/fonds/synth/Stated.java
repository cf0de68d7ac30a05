package org.fonds.synth;

import java.util.List;
import org.fonds.record.ArchivalReference;
import org.fonds.record.PublishedIn;
import org.fonds.record.Warning;

/**
 * What a page layout states around the body, as the record must give it: the header's facts and the
 * warnings for what the layout leaves out (a National Security Archive page names no archive, a CREST
 * page has no citation, a web page no original language).
 */
record Stated(String layout, String dateText, String citation, String repository, List<String> urls,
              List<ArchivalReference> references, String compiler, PublishedIn publishedIn, String summary,
              String language, String translation, String classification, List<Warning> warnings) {
    Stated {
        urls = List.copyOf(urls);
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
    }
}
