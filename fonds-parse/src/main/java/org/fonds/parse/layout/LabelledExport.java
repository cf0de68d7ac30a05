package org.fonds.parse.layout;

import java.util.List;

/** The archive's labelled export, as the seeds: date, title, then "Citation:", "Summary:", "Contents:" labels. */
final class LabelledExport implements Layout {
    private static final String[] LABELS = {"citation:", "summary:", "contents:", "content:", "original language:"};
    private static final String[] ALONE = {"citation", "summary", "contents", "content", "original language"};

    /** "Citation:" anywhere (labels may run together on one line), or a label alone as a heading ("#### Summary"). */
    static boolean hasLabel(String line) {
        StringBuilder b = new StringBuilder(Math.min(line.length(), 4096));
        for (int i = 0; i < line.length() && b.length() < 4096; i++) {
            char c = line.charAt(i);
            if (c != '*' && c != '_' && c != '#') b.append(Character.toLowerCase(c));
        }
        String l = b.toString().replace(" :", ":");
        for (String label : LABELS) if (l.contains(label)) return true;
        String alone = l.strip();
        for (String label : ALONE) if (alone.equals(label)) return true;
        return false;
    }

    @Override
    public String name() {
        return "wcda-export";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, LabelledExport::hasLabel);
    }

}
