package org.fonds.deliberation;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.sessions.Meetings;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Json;
import org.fonds.deliberation.tables.TimelineEntry;
import org.fonds.record.Turn;

/**
 * An {@link Extract} as a builder holds it for a whole corpus: what the corpus-wide work reads of
 * every document (names for who is who, the account and sketch for meetings and copies, date, title
 * and kind for the lists) as objects, and what only the document's own rows need (its session,
 * turns, references, works and dates) as compressed JSON ({@link Packer}), unpacked when its rows are written.
 * Those parts were most of the heap the loaded extracts held (texts of turns and notes no other
 * extract repeats; issue 14); packed they take about an eighth of their JSON. A rebuild unpacks each document once, an update the few hundred it writes.
 */
record PackedExtract(String documentId, String date, String title, String kind, DocumentNames names,
                     Meetings.Account account, long[] sketch, Packer.Codec codec, byte[] rest) {

    /** The parts only the document's rows need, in the order and form an extract's JSON has them. */
    record Rest(Session session, List<Turn> turns, List<Extract.CitedReference> references, List<Extract.CitedWork> works,
                List<TimelineEntry> dates) {
        /** Its fields' names, as an extract's JSON has them. */
        static final Set<String> FIELDS = Set.of("session", "turns", "references", "works", "dates");
    }

    private static final ObjectWriter WRITER = Json.MAPPER.writerFor(Rest.class);
    private static final ObjectReader READER = Json.MAPPER.readerFor(Rest.class);

    static PackedExtract of(Extract e, Packer packer) {
        Rest rest = new Rest(e.session(), e.turns(), e.references(), e.works(), e.dates());
        byte[] json;
        try {
            json = WRITER.writeValueAsBytes(rest);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return of(e.documentId(), e.date(), e.title(), e.kind(), e.names(), e.account(), e.sketch(), json, packer);
    }

    /** {@code rest}: the JSON of a {@link Rest}. The account's sketch is the extract's when equal (it is; read back it was a copy). */
    static PackedExtract of(String documentId, String date, String title, String kind, DocumentNames names, Meetings.Account account,
                            long[] sketch, byte[] rest, Packer packer) {
        Meetings.Account a = account;
        if (a != null && a.sketch() != sketch && Arrays.equals(a.sketch(), sketch)) {
            a = new Meetings.Account(a.documentId(), a.date(), a.protocols(), a.authors(), sketch);
        }
        Packer.Codec codec = packer.codecFor(rest);
        return new PackedExtract(documentId, date, title, kind, names, a, sketch, codec, codec.pack(rest));
    }

    /** The extract whole again, with the names (shared) this one holds. */
    Extract extract() {
        Rest r;
        try {
            r = READER.readValue(codec.unpack(rest));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return new Extract(documentId, date, title, kind, r.session(), r.turns(), names, r.references(), r.works(), r.dates(), account, sketch);
    }

    /** This extract with {@code other} names (the same names, shared with other extracts). */
    PackedExtract withNames(DocumentNames other) {
        return new PackedExtract(documentId, date, title, kind, other, account, sketch, codec, rest);
    }
}
