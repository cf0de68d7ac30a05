package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.people.NameCounts;
import org.fonds.deliberation.people.NameForms;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * The corpus-wide readings an update works out from counts the tables keep, moved by the changed
 * records alone (issue 14), must be those of the corpus as it is: counts moved by taking records
 * away and putting others in equal the counts of the documents as they now are, and so do the
 * readings made from them. On the real records and the seeds, where one record's lists and lower-case
 * words change how another's names read.
 */
class NameCountsMovedTest {
    @Test
    void countsMovedByRemovalsAndAdditionsEqualTheCountsOfTheDocumentsAsTheyAre() {
        List<DocumentNames> all = names();
        Random random = new Random(14);
        for (int round = 0; round < 5; round++) {
            List<DocumentNames> kept = new ArrayList<>(all);
            java.util.Collections.shuffle(kept, random);
            List<DocumentNames> gone = new ArrayList<>(kept.subList(0, 1 + random.nextInt(all.size() / 2)));
            kept.removeAll(gone);

            NameCounts moved = NameCounts.of(all);
            gone.forEach(moved::remove);
            assertThat(moved).as("round %d: %d of %d records taken away", round, gone.size(), all.size()).isEqualTo(NameCounts.of(kept));
            assertThat(NameForms.of(Authority.sample(), moved).readings()).isEqualTo(NameForms.of(Authority.sample(), kept).readings());

            gone.forEach(moved::add);
            assertThat(moved).as("round %d: put back", round).isEqualTo(NameCounts.of(all));
            assertThat(NameForms.of(Authority.sample(), moved).readings()).isEqualTo(NameForms.of(Authority.sample(), all).readings());
        }
    }

    @Test
    void theCountsKeptSayWhatMovedSinceTheyWereRead() {
        List<DocumentNames> all = names();
        NameCounts counts = NameCounts.of(all);
        assertThat(counts.moved(NameCounts.Kind.ITEM)).isEmpty();
        DocumentNames one = all.getFirst();
        counts.remove(one);
        assertThat(counts.moved(NameCounts.Kind.FORM)).containsAll(NameForms.formsOf(one));
        assertThat(counts.moved(NameCounts.Kind.PAIR)).isNotEmpty();
        for (String form : NameForms.formsOf(one)) {
            assertThat(counts.count(NameCounts.Kind.FORM, form)).isEqualTo(NameCounts.of(all.subList(1, all.size())).count(NameCounts.Kind.FORM, form));
        }
    }

    @Test
    void aRecordRemovedThatWasNeverCountedIsRefused() {
        DocumentNames one = names().getFirst();
        NameCounts counts = NameCounts.of(List.of());
        assertThatThrownBy(() -> counts.remove(one)).isInstanceOf(IllegalStateException.class).hasMessageContaining("below zero");
    }

    private static List<DocumentNames> names() {
        List<ArchiveRecord> records = new ArrayList<>(Corpus.real().values());
        records.addAll(Corpus.seeds());
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        records.forEach(builder::add);
        List<DocumentNames> out = builder.allNames();
        assertThat(out).hasSizeGreaterThan(40);
        assertThat(out.stream().filter(d -> d.occurrences().stream().anyMatch(o -> o.list() >= 0)).count())
                .as("records with lists of names").isGreaterThan(10);
        return out;
    }
}
