package org.fonds.parse.tei;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each {@code div[@type='document']} stands in a volume's bytes, so that a document's source is
 * its div exactly as written (whitespace, attribute quotes, character references untouched), which no
 * DOM can give back. A scan of the tags of a file already parsed as well-formed UTF-8 XML: every
 * delimiter is ASCII, so bytes can be scanned without decoding; comments, CDATA sections and
 * processing instructions are passed over, and attribute values may hold {@code >}.
 */
final class DivRanges {
    private static final Pattern TYPE_DOCUMENT = Pattern.compile("\\stype\\s*=\\s*([\"'])document\\1");
    private static final Pattern XML_ID = Pattern.compile("\\sxml:id\\s*=\\s*([\"'])(.*?)\\1");

    /** One document div: its xml:id and its bytes {@code [start, end)}. */
    record Range(String id, int start, int end) {
    }

    private DivRanges() {
    }

    static List<Range> of(byte[] xml) {
        List<Range> out = new ArrayList<>();
        // the depth of each open div, and whether it is a document
        List<int[]> open = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = xml.length;
        while (i < n) {
            if (xml[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(xml, i, "<!--")) {
                i = after(xml, i + 4, "-->");
            } else if (startsWith(xml, i, "<![CDATA[")) {
                i = after(xml, i + 9, "]]>");
            } else if (startsWith(xml, i, "<?") || startsWith(xml, i, "<!")) {
                i = after(xml, i + 2, ">");
            } else if (startsWith(xml, i, "</")) {
                int end = after(xml, i + 2, ">");
                depth--;
                if (isDiv(xml, i + 2) && !open.isEmpty() && open.get(open.size() - 1)[0] == depth) {
                    int[] div = open.remove(open.size() - 1);
                    if (div[1] >= 0) out.set(div[2], new Range(out.get(div[2]).id(), div[1], end));
                }
                i = end;
            } else {
                int end = tagEnd(xml, i + 1);
                boolean empty = xml[end - 2] == '/';
                if (isDiv(xml, i + 1)) {
                    String tag = new String(xml, i, end - i, StandardCharsets.UTF_8);
                    boolean document = TYPE_DOCUMENT.matcher(tag).find();
                    if (document && !empty) {
                        Matcher id = XML_ID.matcher(tag);
                        out.add(new Range(id.find() ? id.group(2) : "", i, -1));
                        open.add(new int[] {depth, i, out.size() - 1});
                    } else if (!empty) {
                        open.add(new int[] {depth, -1, -1});
                    }
                }
                if (!empty) depth++;
                i = end;
            }
        }
        out.removeIf(r -> r.end() < 0);
        return out;
    }

    /** True when a tag's name at {@code at} is {@code div} (unprefixed: TEI's default namespace). */
    private static boolean isDiv(byte[] xml, int at) {
        if (!startsWith(xml, at, "div") || at + 3 >= xml.length) return false;
        byte c = xml[at + 3];
        return c == ' ' || c == '>' || c == '/' || c == '\n' || c == '\r' || c == '\t';
    }

    /** Just past the {@code >} closing a start tag, skipping quoted attribute values. */
    private static int tagEnd(byte[] xml, int from) {
        byte quote = 0;
        for (int i = from; i < xml.length; i++) {
            byte c = xml[i];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return xml.length;
    }

    private static int after(byte[] xml, int from, String end) {
        for (int i = from; i < xml.length; i++) if (startsWith(xml, i, end)) return i + end.length();
        return xml.length;
    }

    private static boolean startsWith(byte[] xml, int at, String s) {
        if (at + s.length() > xml.length) return false;
        for (int k = 0; k < s.length(); k++) if (xml[at + k] != s.charAt(k)) return false;
        return true;
    }
}
