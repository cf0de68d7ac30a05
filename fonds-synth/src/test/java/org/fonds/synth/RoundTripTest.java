package org.fonds.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.junit.jupiter.api.Test;

/**
 * The generator knows the truth of what it wrote: a generated corpus parsed back must give every
 * field of every record exactly, and together the files must cover every variant.
 */
class RoundTripTest {
    private static final int COUNT = Integer.getInteger("fonds.roundtrip.count", 10_000);
    private static final long SEED = Long.getLong("fonds.roundtrip.seed", 1956L);

    @Test
    void aGeneratedCorpusParsesBackToExactlyTheRecordsItWasMadeFrom() {
        Generator generator = new Generator(SEED);
        RecordParser parser = new RecordParser();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<Variant> seen = java.util.Collections.synchronizedSet(EnumSet.noneOf(Variant.class));
        IntStream.range(0, COUNT).parallel().forEach(i -> {
            Synthetic s = generator.generate(i);
            seen.addAll(s.variants());
            switch (parser.parse(s.fileName(), s.bytes())) {
                case ParseOutcome.Refused r -> failures.add(s.fileName() + " " + s.variantNames() + ": refused "
                        + r.refusal().describe(s.fileName()));
                case ParseOutcome.Accepted a -> {
                    List<String> diff = RecordDiff.of(s.expected(), a.record());
                    if (!diff.isEmpty()) failures.add(s.fileName() + " " + s.variantNames() + ":\n  " + String.join("\n  ", diff));
                }
            }
        });
        if (!failures.isEmpty()) {
            failures.sort(null);
            fail(failures.size() + " of " + COUNT + " records differ (seed " + SEED + "); first ones:\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
        assertThat(EnumSet.complementOf(EnumSet.copyOf(seen))).as("variants no file was written in").isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        Synthetic a = new Generator(7).generate(42);
        Synthetic b = new Generator(7).generate(42);
        Synthetic c = new Generator(8).generate(42);
        assertThat(a.bytes()).isEqualTo(b.bytes());
        assertThat(a.expected()).isEqualTo(b.expected());
        assertThat(c.bytes()).isNotEqualTo(a.bytes());
    }

    @Test
    void everyFileSaysItIsSynthetic() {
        for (int i = 0; i < 50; i++) {
            Synthetic s = new Generator(3).generate(i);
            var text = (org.fonds.parse.decode.Decoder.Text) new org.fonds.parse.decode.Decoder().decode(s.bytes());
            assertThat(text.decoded().text()).as(s.fileName()).contains("not a historical document");
        }
    }

    @Test
    void everyLayoutIsWrittenAndNamedInTheRecord() {
        Generator generator = new Generator(SEED);
        Set<String> layouts = new java.util.TreeSet<>();
        for (int i = 0; i < 400; i++) layouts.add(generator.generate(i).expected().layout());
        assertThat(layouts).containsExactlyInAnyOrder("wcda-export", "wcda-legacy-page", "wcda-page", "pdf-text", "nsa", "crest", "frus", "plain");
    }
}
