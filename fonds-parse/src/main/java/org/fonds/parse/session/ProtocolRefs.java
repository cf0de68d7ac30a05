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

    private ProtocolRefs() {
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
