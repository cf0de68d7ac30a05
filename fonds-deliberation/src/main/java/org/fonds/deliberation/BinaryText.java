package org.fonds.deliberation;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fonds.deliberation.people.Canonical;

/**
 * Strings and lists of them in the plain binary files kept beside the extract shards ({@link GroupFiles},
 * {@link NameFiles}): each a UTF-8 length and its bytes, with lengths checked against what the file has
 * left, so a damaged file is refused rather than read as a huge allocation.
 */
final class BinaryText {
    private BinaryText() {
    }

    /** A string as its UTF-8 length and bytes ({@code writeUTF} refuses more than 65,535 bytes, and a protocol is text read from a record). */
    static void writeText(DataOutputStream data, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        data.writeInt(b.length);
        data.write(b);
    }

    static String readText(BinaryReader data) throws IOException {
        int n = data.readInt();
        if (n < 0 || n > data.available()) throw new IOException("a string longer than its file");
        return data.readUtf8(n);
    }

    static void writeString(DataOutputStream data, String s) throws IOException {
        data.writeBoolean(s != null);
        if (s != null) writeText(data, s);
    }

    static String readString(BinaryReader data) throws IOException {
        return data.readBoolean() ? readText(data) : null;
    }

    static void writeStrings(DataOutputStream data, List<String> values) throws IOException {
        data.writeInt(values.size());
        for (String s : values) writeText(data, s);
    }

    static List<String> readStrings(BinaryReader data, Canonical shared) throws IOException {
        int n = count(data);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(shared.of(readText(data)));
        return out;
    }

    /** A count of items that follow, each at least one byte long. */
    static int count(BinaryReader data) throws IOException {
        int n = data.readInt();
        if (n < 0 || n > data.available()) throw new IOException("a list longer than its file");
        return n;
    }
}
