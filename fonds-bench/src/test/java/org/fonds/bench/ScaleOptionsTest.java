package org.fonds.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleOptionsTest {
    @Test
    void withNothingSaidEveryStepRunsOnAMillionRecordsUnderTarget() {
        ScaleOptions o = ScaleOptions.parse();
        assertThat(o.count()).isEqualTo(1_000_000);
        assertThat(o.phases()).isEqualTo(ScaleOptions.PHASES);
        assertThat(o.batch()).isZero();
        assertThat(o.dir()).isEqualTo(Path.of("target", "bench", "scale-1000000").toAbsolutePath());
    }

    @Test
    void stepsRunInTheirOwnOrderWhateverOrderTheyAreNamedIn() {
        ScaleOptions o = ScaleOptions.parse("1_000", "--phases=serve,ingest", "--batch=250", "--dir=/tmp/x");
        assertThat(o.count()).isEqualTo(1000);
        assertThat(o.phases()).containsExactly("ingest", "serve");
        assertThat(o.batch()).isEqualTo(250);
        assertThat(o.dir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(o.runs("verify")).isFalse();
    }

    @Test
    void aStepNotKnownOrANumberNotANumberIsSaidWithTheUsage() {
        assertThatThrownBy(() -> ScaleOptions.parse("--phases=ingest,verfy"))
                .hasMessageContaining("no step called 'verfy'").hasMessageContaining("usage:");
        assertThatThrownBy(() -> ScaleOptions.parse("ten")).hasMessageContaining("not a number: ten");
        assertThatThrownBy(() -> ScaleOptions.parse("--batch=-5")).hasMessageContaining("--batch");
        assertThatThrownBy(() -> ScaleOptions.parse("10", "20")).hasMessageContaining("not understood: 20");
        assertThat(List.of(ScaleOptions.parse("0x".replace("x", "1")).count())).containsExactly(1);
    }
}
