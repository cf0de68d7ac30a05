package org.fonds.deliberation.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes the authority file (format: {@code README-authority.md}). */
public final class AuthorityFile {
    /** The format name and version written into every file, checked on reading. */
    public static final String FORMAT = "fonds-people-authority/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"format", "people", "distinct", "notPeople", "assignments"})
    private record Document(String format, List<AuthorityEntry> people, List<Distinction> distinct,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notPeople,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Assignment> assignments) {
    }

    private AuthorityFile() {
    }

    public static Authority read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static void write(Authority authority, Path file) throws IOException {
        Files.writeString(file, json(authority), StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the text is not an authority file of this format */
    public static Authority parse(String json) {
        try {
            Document d = MAPPER.readValue(json, Document.class);
            if (!FORMAT.equals(d.format())) {
                throw new IllegalArgumentException("format must be \"" + FORMAT + "\" (got: " + d.format() + ")");
            }
            return new Authority(d.people(), d.distinct(), d.notPeople(), d.assignments());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an authority file: " + e.getOriginalMessage(), e);
        }
    }

    public static String json(Authority authority) {
        try {
            return MAPPER.writeValueAsString(new Document(FORMAT, authority.people(), authority.distinct(), authority.notPeople(), authority.assignments())) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
