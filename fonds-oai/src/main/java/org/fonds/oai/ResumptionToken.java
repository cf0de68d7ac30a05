package org.fonds.oai;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where a list stopped, carried by the harvester instead of kept by the server: the verb and
 * filters of the first request, the last id sent, how many items came before, and when the token
 * expires. The server keeps nothing, so any number of harvests can run and a restart (with the
 * same key) loses none of them. The token is signed with HMAC-SHA256 so a harvester cannot edit
 * the cursor or the filters; a changed byte is a badResumptionToken, like a malformed or expired one.
 *
 * @param from    first epoch second of the datestamp range, {@link Long#MIN_VALUE} when open
 * @param until   last epoch second of the range, {@link Long#MAX_VALUE} when open
 * @param set     the setSpec asked for, empty for all
 * @param lastId  the id of the last item sent; the next page starts after it
 * @param cursor  how many items were sent before the page this token asks for
 */
record ResumptionToken(Verb verb, String metadataPrefix, long from, long until, String set, String lastId,
                       int cursor, Instant expires) {
    private static final byte FORMAT = 1;
    private static final int SIGNATURE_BYTES = 16;

    ResumptionToken {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(metadataPrefix, "metadataPrefix");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(lastId, "lastId");
        Objects.requireNonNull(expires, "expires");
        expires = Instant.ofEpochSecond(expires.getEpochSecond());
    }

    /** The token as sent: base64url of the fields, a dot, base64url of their signature. */
    String encode(byte[] key) {
        byte[] payload = payload();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload) + "." + b64.encodeToString(sign(payload, key));
    }

    /** A token read back, or why it cannot be used. */
    sealed interface Decoded {
    }

    record Good(ResumptionToken token) implements Decoded {
    }

    record Bad(OaiError error) implements Decoded {
    }

    /** Reads a token for {@code verb}: refused when malformed, not signed by {@code key}, expired or for another verb. */
    static Decoded decode(String text, Verb verb, byte[] key, Instant now) {
        int dot = text.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            if (dot < 0) return bad("the resumptionToken '" + text + "' is malformed");
            payload = Base64.getUrlDecoder().decode(text.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(text.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return bad("the resumptionToken '" + text + "' is malformed");
        }
        // The decoder ignores a last character's unused bits: only the one spelling we issue counts.
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        if (!text.equals(b64.encodeToString(payload) + "." + b64.encodeToString(signature))) {
            return bad("the resumptionToken '" + text + "' is malformed");
        }
        if (!MessageDigest.isEqual(signature, sign(payload, key))) {
            return bad("the resumptionToken was not issued by this repository or was altered");
        }
        ResumptionToken token;
        try {
            token = read(payload);
        } catch (IOException | IllegalArgumentException e) {
            return bad("the resumptionToken is in a format this repository no longer reads");
        }
        if (now.isAfter(token.expires())) return bad("the resumptionToken expired at " + token.expires());
        if (token.verb() != verb) return bad("the resumptionToken was issued for " + token.verb() + ", not " + verb);
        return new Good(token);
    }

    private byte[] payload() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(verb.name());
            out.writeUTF(metadataPrefix);
            out.writeLong(from);
            out.writeLong(until);
            out.writeUTF(set);
            writeString(out, lastId);
            out.writeInt(cursor);
            out.writeLong(expires.getEpochSecond());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ResumptionToken read(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        if (in.readByte() != FORMAT) throw new IOException("unknown token format");
        Verb verb = Verb.valueOf(in.readUTF());
        ResumptionToken token = new ResumptionToken(verb, in.readUTF(), in.readLong(), in.readLong(), in.readUTF(),
                readString(in), in.readInt(), Instant.ofEpochSecond(in.readLong()));
        if (in.available() > 0) throw new IOException("trailing bytes");
        return token;
    }

    /** Ids are not bounded by writeUTF's 64 KiB, so they go as a length and UTF-8 bytes. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) throw new IOException("bad length " + length);
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static byte[] sign(byte[] payload, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }

    private static Bad bad(String message) {
        return new Bad(new OaiError(ErrorCode.BAD_RESUMPTION_TOKEN, message));
    }
}
