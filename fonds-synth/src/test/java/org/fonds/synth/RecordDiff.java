package org.fonds.synth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;

/** Field-by-field differences between two records, as readable lines (for test failure messages). */
final class RecordDiff {
    private RecordDiff() {
    }

    static List<String> of(ArchiveRecord expected, ArchiveRecord actual) {
        JsonNode e = RecordJson.mapper().valueToTree(expected);
        JsonNode a = RecordJson.mapper().valueToTree(actual);
        List<String> out = new ArrayList<>();
        diff("", e, a, out);
        return out;
    }

    private static void diff(String path, JsonNode e, JsonNode a, List<String> out) {
        if (e.equals(a)) return;
        if (e.isObject() && a.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode other = a.get(f.getKey());
                diff(path + "." + f.getKey(), f.getValue(), other == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : other, out);
            }
            a.fieldNames().forEachRemaining(k -> {
                if (!e.has(k)) out.add(path + "." + k + ": unexpected " + clip(a.get(k)));
            });
            return;
        }
        if (e.isArray() && a.isArray() && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) diff(path + "[" + i + "]", e.get(i), a.get(i), out);
            return;
        }
        out.add(path + ": expected " + clip(e) + " but got " + clip(a));
    }

    private static String clip(JsonNode n) {
        String s = String.valueOf(n);
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
