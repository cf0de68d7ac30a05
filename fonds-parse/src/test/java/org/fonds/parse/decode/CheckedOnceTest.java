package org.fonds.parse.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.junit.jupiter.api.Test;

/**
 * The parser checks what a decoded file holds (blank, binary) from the control chars its normalising
 * pass counts, not in a pass of the decoder's own: it must refuse exactly what {@link Decoder#decode},
 * which checks by itself, refuses, with the same code, message and line, and nothing more.
 */
class CheckedOnceTest {
    /** Control chars, white space of every kind, line breaks, a byte-order mark, letters, a zero. */
    private static final String ALPHABET = "\u0001\u0002\u0007\u0008\u000B\u000E\u001B\u001F \t\n\r\f\u00A0\u2028\u3000\uFEFFab\u00E9\u0000";

    @Test
    void theParserRefusesWhatTheDecoderRefuses() {
        SplittableRandom random = new SplittableRandom(1956);
        RecordParser parser = new RecordParser();
        Decoder decoder = new Decoder();
        int refused = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            int letters = random.nextInt(0, 400); // a long text dilutes its control chars below 1%, or not
            for (int k = random.nextInt(1, 40); k > 0; k--) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            if (random.nextBoolean()) sb.append("x".repeat(letters));
            byte[] bytes = sb.toString().getBytes(random.nextInt(5) == 0 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
            Decoder.Result decoded = decoder.decode(bytes);
            ParseOutcome outcome = parser.parse("t" + t, bytes);
            if (decoded instanceof Decoder.Refused r) {
                refused++;
                assertThat(outcome).as("input %d", t).isInstanceOf(ParseOutcome.Refused.class);
                assertThat(((ParseOutcome.Refused) outcome).refusal()).as("input %d", t).isEqualTo(r.refusal());
            } else if (outcome instanceof ParseOutcome.Refused r) {
                assertThat(r.refusal().code()).as("input %d: %s", t, r.refusal()).isNotIn(
                        org.fonds.parse.RefusalCode.EMPTY, org.fonds.parse.RefusalCode.BINARY);
            }
        }
        assertThat(refused).as("inputs the check refused").isGreaterThan(1_000);
    }
}
