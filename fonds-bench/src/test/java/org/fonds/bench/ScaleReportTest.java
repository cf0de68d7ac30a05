package org.fonds.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleReportTest {
    @TempDir
    Path dir;

    @Test
    void anIngestInTwoSittingsIsOneRateOverBothAndTheOtherStepsWaitUnmeasured() throws Exception {
        Path file = dir.resolve("report.json");
        ScaleReport first = ScaleReport.load(file, 1000, 2);
        first.starting("ingest", "0.10 0.20 0.30 1/100 7");
        first.addIngest(600, 3.0, 1.0);
        first.save(file);

        ScaleReport second = ScaleReport.load(file, 1000, 2);
        assertThat(second.ingestedFiles).isEqualTo(600);
        second.addIngest(400, 2.0, 0.5);
        second.save(file);

        ScaleReport kept = ScaleReport.load(file, 1000, 2);
        assertThat(kept.ingestedFiles).isEqualTo(1000);
        assertThat(kept.ingestRuns).isEqualTo(2);
        assertThat(kept.ingestRate()).isEqualTo(200.0);
        assertThat(kept.tablesBuild).isEqualTo(1.5);
        String table = printed(kept);
        assertThat(table).contains("| ingest, tables included | 200 docs/s (5 s; tables 1.5 s in 2 runs) |");
        assertThat(table).contains("| verify | not measured s, not measured problems |");
        assertThat(table).contains("ingest: ").contains("load 0.10 0.20 0.30");
    }

    @Test
    void aReportOfAnotherCountIsNotTakenUp() throws Exception {
        Path file = dir.resolve("report.json");
        ScaleReport r = ScaleReport.load(file, 1000, 2);
        r.addIngest(1000, 5.0, 1.0);
        r.verifySeconds = 12.5;
        r.save(file);
        assertThat(ScaleReport.load(file, 2000, 2).ingestedFiles).isZero();
        assertThat(ScaleReport.load(file, 1000, 2).verifySeconds).isEqualTo(12.5);
    }

    @Test
    void eachStepsWallTimeIsKeptAndPrintedBesideWhenItRan() throws Exception {
        Path file = dir.resolve("report.json");
        ScaleReport r = ScaleReport.load(file, 1000, 2);
        r.finished(ScaleReport.GENERATE, 4.0);
        r.starting("verify", "1.00 2.00 3.00 1/100 7");
        r.finished("verify", 12.5);
        r.save(file);
        String table = printed(ScaleReport.load(file, 1000, 2));
        assertThat(table).contains("load 1.00 2.00 3.00 1/100 7; 12.5 s wall").contains("generate (the input, before the steps): 4.0 s wall");
    }

    @Test
    void aPartIngestSaysHowFarItGot() {
        ScaleReport r = new ScaleReport();
        r.count = 1000;
        r.addIngest(250, 1.0, 0.1);
        assertThat(printed(r)).contains("250 of 1,000 files so far");
    }

    private static String printed(ScaleReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
