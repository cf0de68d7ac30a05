package org.fonds.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResumptionTokenTest {
    private static final byte[] KEY = "sixteen bytes at least".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final ResumptionToken TOKEN = new ResumptionToken(Verb.ListRecords, "oai_dc", 10, Long.MAX_VALUE,
            "archive:tskhsd", "wcda-111883 ünï", 200, NOW.plusSeconds(3600));

    @Test
    void aTokenReadsBackAsWritten() {
        String text = TOKEN.encode(KEY);
        assertThat(text).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(ResumptionToken.decode(text, Verb.ListRecords, KEY, NOW)).isEqualTo(new ResumptionToken.Good(TOKEN));
        assertThat(ResumptionToken.decode(text, Verb.ListRecords, KEY, NOW.plusSeconds(3600))).isInstanceOf(ResumptionToken.Good.class);
    }

    @Test
    void everyAlteredByteIsRefused() {
        String text = TOKEN.encode(KEY);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') continue;
            String altered = text.substring(0, i) + (text.charAt(i) == 'A' ? 'B' : 'A') + text.substring(i + 1);
            assertThat(ResumptionToken.decode(altered, Verb.ListRecords, KEY, NOW)).as(altered).isInstanceOf(ResumptionToken.Bad.class);
        }
    }

    @Test
    void expiredForeignAndOtherVerbTokensSayWhy() {
        String text = TOKEN.encode(KEY);
        assertThat(message(text, Verb.ListRecords, KEY, NOW.plusSeconds(3601))).contains("expired at 2024-05-01T13:00:00Z");
        assertThat(message(text, Verb.ListIdentifiers, KEY, NOW)).contains("issued for ListRecords");
        assertThat(message(text, Verb.ListRecords, "another sixteen bytes".getBytes(StandardCharsets.UTF_8), NOW))
                .contains("not issued by this repository");
        assertThat(message("no-dot", Verb.ListRecords, KEY, NOW)).contains("malformed");
        assertThat(message("%%%.%%%", Verb.ListRecords, KEY, NOW)).contains("malformed");
    }

    private static String message(String text, Verb verb, byte[] key, Instant now) {
        ResumptionToken.Decoded d = ResumptionToken.decode(text, verb, key, now);
        assertThat(d).isInstanceOf(ResumptionToken.Bad.class);
        OaiError e = ((ResumptionToken.Bad) d).error();
        assertThat(e.code()).isEqualTo(ErrorCode.BAD_RESUMPTION_TOKEN);
        return e.message();
    }
}
