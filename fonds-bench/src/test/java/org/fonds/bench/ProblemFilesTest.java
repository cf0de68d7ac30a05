package org.fonds.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.junit.jupiter.api.Test;

class ProblemFilesTest {
    private final RecordParser parser = new RecordParser();

    @Test
    void eachFileMeantToBeRefusedIsRefusedWithItsCode() {
        List<ProblemFiles.Input> refused = ProblemFiles.inputs().stream().filter(in -> in.code() != null).toList();
        assertThat(refused).extracting(ProblemFiles.Input::code).containsOnly("empty", "binary", "no-text", "xml-dtd")
                .hasSize(1 + 3 * ProblemFiles.EACH);
        for (ProblemFiles.Input in : refused) {
            ParseOutcome outcome = parser.parse(in.name(), in.bytes());
            assertThat(outcome).as(in.name()).isInstanceOf(ParseOutcome.Refused.class);
            assertThat(((ParseOutcome.Refused) outcome).refusal().code().code()).as(in.name()).isEqualTo(in.code());
        }
    }

    @Test
    void noTwoFilesHaveTheSameBytes() {
        assertThat(ProblemFiles.inputs().stream().map(in -> new String(in.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)))
                .doesNotHaveDuplicates();
    }

    @Test
    void theHeaderlessNotesAreTakenInWithWarningsEachUnderAnIdOfItsOwn() {
        List<ProblemFiles.Input> warned = ProblemFiles.inputs().stream().filter(in -> in.code() == null).toList();
        assertThat(warned).hasSize(ProblemFiles.EACH);
        List<String> ids = warned.stream().map(in -> {
            ParseOutcome outcome = parser.parse(in.name(), in.bytes());
            assertThat(outcome).as(in.name()).isInstanceOf(ParseOutcome.Accepted.class);
            assertThat(((ParseOutcome.Accepted) outcome).record().warnings()).as(in.name()).isNotEmpty();
            return ((ParseOutcome.Accepted) outcome).record().id();
        }).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }
}
