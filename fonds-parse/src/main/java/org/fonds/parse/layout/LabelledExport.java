package org.fonds.parse.layout;

import java.util.List;
import java.util.regex.Pattern;

/** The archive's labelled export, as the seeds: date, title, then "Citation:", "Summary:", "Contents:" labels. */
final class LabelledExport implements Layout {
    /** "Citation:" anywhere (labels may run together on one line), or a label alone as a heading ("#### Summary"). */
    private static final Pattern LABEL = Pattern.compile(
            "(?i:.*\\b(?:citation|summary|contents?|original language)[* _]*:.*|^[#* _]*(?:citation|summary|contents?|original language)[* _]*$)");

    @Override
    public String name() {
        return "wcda-export";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> LABEL.matcher(l).matches());
    }

}
