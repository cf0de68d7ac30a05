package org.fonds.parse.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The parts of an office file (a ZIP) whose text is read, by name, each inflated up to {@link #LARGEST_PART}. */
final class Zipped {
    /** The largest part inflated: a document's text is far smaller; a ZIP bomb's part is not. */
    static final int LARGEST_PART = 64 << 20;

    private Zipped() {
    }

    /** Whether the bytes open as a ZIP's first entry does ("PK", 3, 4). */
    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static Map<String, byte[]> parts(byte[] zip, String... names) throws IOException {
        Set<String> wanted = Set.of(names);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (wanted.contains(e.getName())) parts.put(e.getName(), inflated(in, e.getName()));
            }
        }
        return parts;
    }

    private static byte[] inflated(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            if (out.size() + n > LARGEST_PART) throw new IOException(name + " inflates past " + (LARGEST_PART >> 20) + " MB");
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
