package org.fonds.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** The one JSON form of a record, shared by the CLI, the store and the API. */
public final class RecordJson {
    /**
     * The longest string a record may hold, in chars: the parser accepts files up to 256 MiB
     * ({@code org.fonds.parse.decode.Decoder.MAX_BYTES}, which a test holds this to), and no string of a
     * record is longer than its decoded source. Jackson's default (20 M chars) made a 50 MB record
     * storable but not readable back (issue 15).
     */
    public static final int MAX_STRING_LENGTH = 256 * 1024 * 1024;

    /** What every reader of records, and of data made from them, accepts. */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(READ_CONSTRAINTS).build())
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // Newer parsers may add fields; an older reader keeps what it knows.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RecordJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON, as {@code fonds parse} prints it. */
    public static String write(ArchiveRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writePretty(ArchiveRecord record) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ArchiveRecord read(String json) {
        try {
            return MAPPER.readValue(json, ArchiveRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
