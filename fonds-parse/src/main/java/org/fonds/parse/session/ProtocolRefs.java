package org.fonds.parse.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;
import org.fonds.record.ProtocolRef;

/**
 * Formal protocol references: "(Re: Point I of Protocol No. 50)", "(Re: point IV of Protocol No.
 * 50)", "(Re: Protocol No. 51)", "(Re: Points I and II of Protocol No. 52)" (one reference a point).
 */
public final class ProtocolRefs {
    private static final String POINT = "[IVXLC\\d]{1,6}[a-z]?";
    private static final Pattern REF = Pattern.compile(
            "\\((?i:re): ?(?:(?i:points?) (" + POINT + "(?:(?:, ?| and | & |, and )" + POINT + "){0,12}) (?i:of) )?"
                    + "(?i:protocol) (?i:no\\.?|№|#) ?P?(\\d{1,5})(?:/(" + POINT + "))?\\)");
    private static final Pattern POINT_PATTERN = Pattern.compile(POINT);
    /** "… Presidium Protocol 66", "Extract from Protocol No. 63 of …": the protocol a record is, or is taken from. */
    private static final Pattern IN_TITLE = Pattern.compile("\\b(?i:protocol)(?: (?i:no\\.?|№|#))? ?P?(\\d{1,5})\\b");
    /** "No. P63/IV" on a line of its own: protocol 63, paragraph IV, as extracts are numbered. */
    private static final Pattern EXTRACT_NUMBER = Pattern.compile("(?m)^ *No\\. ?P(\\d{1,5})/(" + POINT + ") *$");

    private ProtocolRefs() {
    }

    /** The references in the body, and the protocol the title names where the body does not cite it. */
    public static List<ProtocolRef> find(String body, String title) {
        List<ProtocolRef> refs = new ArrayList<>(find(body));
        int headEnd = Math.min(body.length(), 4000);
        int no = body.indexOf("No.");
        // the head is copied only where a "No." stands in it: most bodies have none, and the copy cost more than the search
        Matcher e = no >= 0 && no + 3 <= headEnd ? extractNumber(body.substring(0, headEnd)) : null;
        if (e != null && refs.stream().noneMatch(r -> r.number().equals(e.group(1)))) {
            refs.add(new ProtocolRef(e.group(1), e.group(2)));
        }
        Matcher t = IN_TITLE.matcher(title);
        if ((title.contains("rotocol") || title.contains("ROTOCOL")) && t.find() && refs.stream().noneMatch(r -> r.number().equals(t.group(1)))) {
            refs.add(new ProtocolRef(t.group(1), null));
        }
        return refs;
    }

    /** The first extract number heading a line of {@code head}, tried only where "No." stands after a line's spaces. */
    private static Matcher extractNumber(String head) {
        Matcher m = Anchors.matcher(EXTRACT_NUMBER, head);
        for (int at = head.indexOf("No."); at >= 0; at = head.indexOf("No.", at + 1)) {
            int lineStart = at;
            while (lineStart > 0 && head.charAt(lineStart - 1) == ' ') lineStart--;
            if (Anchors.matchesAt(m, lineStart, head.length())) return m;
        }
        return null;
    }

    public static List<ProtocolRef> find(String body) {
        Set<ProtocolRef> refs = new LinkedHashSet<>();
        Matcher m = Anchors.matcher(REF, body);
        Anchors.Scan scan = new Anchors.Scan(body, "(Re", "(re", "(RE");
        for (int at = scan.next(0); at >= 0; at = scan.next(at + 1)) {
            if (!Anchors.matchesAt(m, at, body.length())) continue;
            String number = m.group(2);
            String points = m.group(1) != null ? m.group(1) : m.group(3);
            if (points == null) {
                refs.add(new ProtocolRef(number, null));
                continue;
            }
            Matcher p = POINT_PATTERN.matcher(points);
            while (p.find()) refs.add(new ProtocolRef(number, p.group()));
        }
        return new ArrayList<>(refs);
    }
}
