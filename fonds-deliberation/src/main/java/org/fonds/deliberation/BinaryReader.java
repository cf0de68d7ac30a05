package org.fonds.deliberation;

import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a {@link java.io.DataOutputStream} wrote, from a file's bytes held whole. Not a
 * {@code DataInputStream} over a {@code ByteArrayInputStream}: that reads an int a byte at a time,
 * each read synchronised, and was a third of reading every record's names back (a profile at
 * 100,000 records, issue 14). A read past the end throws {@link EOFException}, as that one does.
 */
final class BinaryReader {
    private final ByteBuffer buffer;

    BinaryReader(byte[] bytes) {
        this.buffer = ByteBuffer.wrap(bytes); // big-endian, as DataOutputStream writes
    }

    int available() {
        return buffer.remaining();
    }

    boolean readBoolean() throws EOFException {
        need(1);
        return buffer.get() != 0;
    }

    int readUnsignedByte() throws EOFException {
        need(1);
        return buffer.get() & 0xff;
    }

    int readInt() throws EOFException {
        need(Integer.BYTES);
        return buffer.getInt();
    }

    long readLong() throws EOFException {
        need(Long.BYTES);
        return buffer.getLong();
    }

    /** {@code n} longs at once. */
    long[] readLongs(int n) throws EOFException {
        need((long) n * Long.BYTES);
        long[] out = new long[n];
        buffer.asLongBuffer().get(out);
        buffer.position(buffer.position() + n * Long.BYTES);
        return out;
    }

    /** {@code n} bytes as UTF-8 text, read in place. */
    String readUtf8(int n) throws EOFException {
        need(n);
        String s = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), n, StandardCharsets.UTF_8);
        buffer.position(buffer.position() + n);
        return s;
    }

    /** Passes over {@code n} bytes. */
    void skip(int n) throws EOFException {
        need(n);
        buffer.position(buffer.position() + n);
    }

    private void need(long n) throws EOFException {
        if (n > buffer.remaining()) throw new EOFException();
    }
}
