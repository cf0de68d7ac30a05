package org.fonds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void theProgressLineShowsCountRateAndTimeLeft() {
        String line = ProgressBar.line(250, 1000, 2_500_000, Duration.ofSeconds(5));
        assertThat(line).contains("250/1,000").contains("25%").contains("50 docs/s").contains("0.5 MB/s").contains("ETA 0:15");
        assertThat(line).startsWith("[" + "#".repeat(7) + ".");
    }
}
