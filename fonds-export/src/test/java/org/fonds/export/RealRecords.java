package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.DateRange;
import org.fonds.record.Description;
import org.fonds.record.RecordJson;

/**
 * Real records of {@code ${fonds.shared}/corpus/real}, read by the project's parser, for the
 * citation tests. Read from the shared folder on every run, never copied into the repository.
 *
 * <p>The parser is learning the real layouts (issue 11): where it does not yet give a fact that the
 * record's hand-checked facts ({@code expected/STEM.json}) state, such as translators or a date range,
 * or a reference in another archive's system that RECORD.md says it keeps, the fact is filled in
 * from there, so that the citations are checked against facts a historian read off the record.
 * Where the parser gives a value, its value is cited: a parser that gets it wrong fails these tests.
 */
final class RealRecords {
    private static final RecordParser PARSER = new RecordParser();

    private RealRecords() {
    }

    static Path docs() {
        return Seeds.corpus("real/docs");
    }

    /** The record of {@code docs/STEM.txt} as the parser reads it, completed from its expected facts. */
    static ArchiveRecord read(String stem, ArchivalReference... keptAsWritten) {
        try {
            byte[] bytes = Files.readAllBytes(docs().resolve(stem + ".txt"));
            ParseOutcome outcome = PARSER.parse(stem + ".txt", bytes);
            assertThat(outcome).as("the parser takes in %s", stem).isInstanceOf(ParseOutcome.Accepted.class);
            ArchiveRecord r = ((ParseOutcome.Accepted) outcome).record();
            JsonNode expected = RecordJson.mapper().readTree(docs().resolveSibling("expected").resolve(stem + ".json").toFile());
            return completed(r, expected, List.of(keptAsWritten));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArchiveRecord completed(ArchiveRecord r, JsonNode expected, List<ArchivalReference> keptAsWritten) {
        DateRange range = r.dateRange();
        if (range == null && expected.path("date").has("from")) {
            range = new DateRange(expected.path("date").path("from").asText(), expected.path("date").path("to").asText());
        }
        List<ArchivalReference> refs = r.archivalReferences().isEmpty() ? keptAsWritten : r.archivalReferences();
        Description d = r.description();
        Description filled = new Description(d.layout(),
                d.kind() != null ? d.kind() : text(expected, "kind"),
                d.from().isEmpty() ? strings(expected, "from") : d.from(),
                d.to().isEmpty() ? strings(expected, "to") : d.to(),
                d.place() != null ? d.place() : text(expected, "place"),
                d.classification() != null ? d.classification() : text(expected, "classification"),
                d.translators().isEmpty() ? strings(expected, "translators") : d.translators(),
                d.chair() != null ? d.chair() : text(expected, "chair"));
        return new ArchiveRecord(r.id(), r.title(), r.date(), range, r.dateText(), r.repository(), r.sourceUrl(), r.sourceUrls(),
                r.archiveDocumentId(), r.citation(), refs, r.compiler(), r.publishedIn(), r.summary(), r.originalLanguage(),
                r.translationLanguage(), r.participants(), r.speakers(), r.turns(), r.protocolRefs(), r.body(), r.notes(),
                r.noteMarkers(), r.warnings(), r.dateMentions()).describedAs(filled);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }
}
