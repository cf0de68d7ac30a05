package org.fonds.parse.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution a Soviet embassy's journal or record sets after its signature: "Five copies printed" (perhaps with
 * the typist's initials after it), then one copy a line, "1 - Cde. A. A. Gromyko", "4 - USSR MFA UVPI", "5 - to file"
 * (the journals of the Soviet ambassadors in the DPRK on WCDA's pages). The comrades named are the addressees, by
 * initials and surname; the departments and the file are not read, even with the comrades' title ("3 - Cde. DVO, USSR
 * MFA": their names run on in abbreviations no list of posts knows).
 */
public final class PrintedCopies {
    /** How far from the end of the text the list is looked for. */
    private static final int REACH = 1500;
    private static final String HEADING = " copies printed";
    private static final Pattern COPY = Pattern.compile("^\\d{1,2}(?:st|nd|rd|th)? ?[-–] ?(?:to )?(?:Cde\\.|Comrade) "
            + "((?:\\p{Lu}\\p{Ll}?\\. ?){1,3}\\p{Lu}[\\p{L}'’-]{1,30})$");

    private PrintedCopies() {
    }

    /** The comrades the copies went to, as written, or none. */
    public static List<String> addressees(String body) {
        int from = Math.max(0, body.length() - REACH);
        int heading = body.indexOf(HEADING, from);
        if (heading < 0) return List.of();
        List<String> names = new ArrayList<>();
        int line = body.indexOf('\n', heading);
        while (line >= 0 && line < body.length()) {
            int next = body.indexOf('\n', line + 1);
            String text = body.substring(line + 1, next < 0 ? body.length() : next).strip();
            line = next;
            if (text.isEmpty()) continue; // the copies may stand a blank line apart
            if (!Character.isDigit(text.charAt(0))) break;
            Matcher m = COPY.matcher(text);
            if (m.matches()) names.add(m.group(1).strip());
        }
        return names;
    }
}
