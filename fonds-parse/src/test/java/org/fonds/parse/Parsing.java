package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import org.fonds.record.ArchiveRecord;

/** Parsing for tests: an outcome, or the record / refusal a test expects, failing with the other's story. */
public final class Parsing {
    private static final RecordParser PARSER = new RecordParser();
    static final String NAME = "test.txt";

    private Parsing() {
    }

    public static ParseOutcome parse(byte[] bytes) {
        return PARSER.parse(NAME, bytes);
    }

    public static ParseOutcome parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    public static ArchiveRecord accept(String text) {
        return accepted(parse(text));
    }

    public static ArchiveRecord accept(byte[] bytes) {
        return accepted(parse(bytes));
    }

    public static Refusal refuse(String text) {
        return refused(parse(text));
    }

    public static Refusal refuse(byte[] bytes) {
        return refused(parse(bytes));
    }

    public static ArchiveRecord accepted(ParseOutcome outcome) {
        assertThat(outcome).as("outcome").isNotNull();
        if (outcome instanceof ParseOutcome.Refused refused) {
            return fail("expected a record, but the input was refused: " + refused.refusal().describe(outcome.sourceName()));
        }
        return ((ParseOutcome.Accepted) outcome).record();
    }

    public static Refusal refused(ParseOutcome outcome) {
        assertThat(outcome).as("outcome").isNotNull();
        if (outcome instanceof ParseOutcome.Accepted accepted) {
            return fail("expected a refusal, but a record was accepted with title \"" + accepted.record().title() + "\"");
        }
        return ((ParseOutcome.Refused) outcome).refusal();
    }

    /**
     * The parser turns an exception of its own into a refusal that says so ("the parser failed …"):
     * that is a bug caught in time, never a verdict on the input.
     */
    public static boolean isParserFailure(ParseOutcome outcome) {
        if (outcome instanceof ParseOutcome.Accepted a) {
            return a.record().warnings().stream().anyMatch(w -> w.code().equals(WarningCode.PARSER_FAILED.code()));
        }
        return outcome instanceof ParseOutcome.Refused r && r.refusal().message().contains("the parser failed");
    }
}
