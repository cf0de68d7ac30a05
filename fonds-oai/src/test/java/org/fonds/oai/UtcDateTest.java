package org.fonds.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UtcDateTest {
    @Test
    void aDayCoversItsFirstToItsLastSecond() {
        UtcDate day = UtcDate.parse("2024-02-29").orElseThrow();
        assertThat(day.isDay()).isTrue();
        assertThat(day.firstSecond()).isEqualTo(Instant.parse("2024-02-29T00:00:00Z").getEpochSecond());
        assertThat(day.lastSecond()).isEqualTo(Instant.parse("2024-02-29T23:59:59Z").getEpochSecond());
    }

    @Test
    void aSecondIsItself() {
        UtcDate s = UtcDate.parse("2024-05-01T12:34:56Z").orElseThrow();
        assertThat(s.isDay()).isFalse();
        assertThat(s.firstSecond()).isEqualTo(s.lastSecond()).isEqualTo(Instant.parse("2024-05-01T12:34:56Z").getEpochSecond());
        assertThat(UtcDate.format(s.firstSecond())).isEqualTo("2024-05-01T12:34:56Z");
    }

    @Test
    void otherFormsAndImpossibleDatesAreRefused() {
        for (String bad : new String[] {"2023-02-29", "2024-13-01", "2024-5-1", "2024-05-01T12:34Z", "2024-05-01T12:34:56",
                "2024-05-01T12:34:56+01:00", "2024-05-01T12:34:56.5Z", "2024-05-01T24:00:00Z", "", "yesterday"}) {
            assertThat(UtcDate.parse(bad)).as(bad).isEmpty();
        }
    }
}
