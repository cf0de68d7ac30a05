package org.fonds.parse.layout;

import java.util.List;

/** The archive's labelled export, as the seeds: date, title, then "Citation:", "Summary:", "Contents:" labels. */
final class LabelledExport implements Layout {
    private static final String[] LABELS = {"citation:", "summary:", "contents:", "content:", "original language:"};
    private static final String[] ALONE = {"citation", "summary", "contents", "content", "original language"};
    private static final int MAX_READ = 4096;
    private static final int LONGEST_ALONE = "originallanguage".length();

    /** "Citation:" anywhere (labels may run together on one line), or a label alone as a heading ("#### Summary"). */
    static boolean hasLabel(String line) {
        // most lines have no colon and too many letters to be a label alone: told without copying the line
        if (line.indexOf(':') < 0 && tooLongAlone(line)) return false;
        StringBuilder b = new StringBuilder(Math.min(line.length(), MAX_READ));
        for (int i = 0; i < line.length() && b.length() < MAX_READ; i++) {
            char c = line.charAt(i);
            if (c != '*' && c != '_' && c != '#') b.append(Character.toLowerCase(c));
        }
        String l = b.toString().replace(" :", ":");
        for (String label : LABELS) if (l.contains(label)) return true;
        String alone = l.strip();
        for (String label : ALONE) if (alone.equals(label)) return true;
        return false;
    }

    /** More signs (markup and white space aside) than the longest label has, among the chars {@link #hasLabel} reads. */
    private static boolean tooLongAlone(String line) {
        int signs = 0;
        int kept = 0;
        for (int i = 0; i < line.length() && kept < MAX_READ; i++) {
            char c = line.charAt(i);
            if (c == '*' || c == '_' || c == '#') continue;
            kept++;
            if (!Character.isWhitespace(c) && ++signs > LONGEST_ALONE) return true;
        }
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
