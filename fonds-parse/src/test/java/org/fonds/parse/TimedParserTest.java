package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A batch's parser: each file read as the parser reads it, and one the parser does not finish kept or refused, never waited for. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimedParserTest {
    private static final Duration SHORT = Duration.ofSeconds(1);

    /**
     * Stands for a parser caught in a loop. It ends when interrupted, so that the test leaves no thread spinning; a
     * real loop would not, and its daemon thread would spin on unseen, which changes nothing of what is asserted here.
     */
    private static ParseOutcome endless(String name, byte[] bytes) {
        while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
        return new ParseOutcome.Refused(name, new Refusal(RefusalCode.EMPTY, "never seen: the caller stopped waiting", 1));
    }

    @Test
    @NeedsShared("corpus/seeds")
    void a_file_reads_as_the_parser_reads_it() {
        byte[] seed = Seeds.all().getFirst().bytes();

        ParseOutcome timed = new TimedParser().parse("seed.txt", seed);

        assertThat(timed).isEqualTo(new RecordParser().parse("seed.txt", seed));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_text_the_parser_does_not_finish_is_kept_whole_with_the_parsers_failure_warning() {
        String text = "The harbour board met at noon.\n\nCde. Orlov—the cranes are broken again.";

        ParseOutcome outcome = new TimedParser(TimedParserTest::endless, SHORT, Duration.ZERO)
                .parse("stuck.txt", text.getBytes(StandardCharsets.UTF_8));

        ArchiveRecord r = Parsing.accepted(outcome);
        assertThat(r.body()).isEqualTo(text);
        assertThat(r.title()).startsWith("The harbour board met at noon");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("parser-failed");
            assertThat(w.message()).contains("did not finish within 1 s", "kept whole");
        });
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_pdf_or_binary_file_the_parser_does_not_finish_is_refused_saying_so_in_one_line() {
        TimedParser parser = new TimedParser(TimedParserTest::endless, SHORT, Duration.ZERO);

        for (byte[] bytes : new byte[][] {"%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), {0, 1, 2, 3, 0, 0}}) {
            ParseOutcome outcome = parser.parse("stuck.bin", bytes);

            assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Refused.class, r -> {
                assertThat(r.refusal().code()).isEqualTo(RefusalCode.BINARY);
                assertThat(r.refusal().message()).contains("did not finish").doesNotContain("\n");
            });
        }
    }

    @Test
    void the_limit_grows_with_each_megabyte_begun() {
        TimedParser parser = new TimedParser(TimedParserTest::endless, Duration.ofSeconds(60), Duration.ofSeconds(30));

        assertThat(parser.limitFor(0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(parser.limitFor(1)).isEqualTo(Duration.ofSeconds(90));
        assertThat(parser.limitFor(1 << 20)).isEqualTo(Duration.ofSeconds(90));
        assertThat(parser.limitFor((1 << 20) + 1)).isEqualTo(Duration.ofSeconds(120));
    }
}
