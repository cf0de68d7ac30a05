package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/** The Chicago note and bibliography entry as citeproc-java renders them. */
class ChicagoWriterTest {
    private final ChicagoWriter chicago = new ChicagoWriter();

    @Test
    void everySeedNamesTitleDateArchiveAndLocation() {
        for (ArchiveRecord r : Samples.seeds()) {
            String text = chicago.write(r, Samples.citing(r));
            assertThat(text).startsWith("Note: ").contains("\nBibliography: ");
            assertThat(text).contains(r.title(), "1956", r.repository(),
                    ChicagoWriter.dashes(Locations.format(r.archivalReferences().get(0))));
        }
        ArchiveRecord first = Samples.seeds().get(1);
        assertThat(chicago.cite(first, Samples.citing(first), ChicagoWriter.Output.TEXT).note()).contains("November 1, 1956");
    }

    @Test
    void aTitleKeepsOneMarkBeforeTheClosingQuote() {
        ArchiveRecord seed = Samples.seeds().get(0);
        assertThat(chicago.cite(retitled(seed, "Report on the \"New Course\"."), Samples.citing(seed), ChicagoWriter.Output.TEXT).note())
                .startsWith("\u201CReport on the \u2018New Course\u2019,\u201D ");
        assertThat(chicago.cite(retitled(seed, "What Is to Be Done?"), Samples.citing(seed), ChicagoWriter.Output.TEXT).bibliography())
                .startsWith("\u201CWhat Is to Be Done?\u201D ");
    }

    private static ArchiveRecord retitled(ArchiveRecord r, String title) {
        return new ArchiveRecord(r.id(), title, r.date(), r.dateRange(), r.dateText(), r.repository(), r.sourceUrl(), r.sourceUrls(),
                r.archiveDocumentId(), r.citation(), r.archivalReferences(), r.compiler(), r.publishedIn(), r.summary(),
                r.originalLanguage(), r.translationLanguage(), r.participants(), r.speakers(), r.turns(), r.protocolRefs(), r.body(),
                r.notes(), r.noteMarkers(), r.warnings(), r.dateMentions());
    }

    @Test
    void htmlIsRenderedToo() {
        ArchiveRecord r = Samples.hostile();
        ChicagoWriter.Citation html = chicago.cite(r, Samples.citing(r), ChicagoWriter.Output.HTML);
        assertThat(html.bibliography()).contains("<i>&lt;script&gt;").doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(chicago.write(r, Samples.citing(r))).contains("<script>");
    }

    @Test
    void citingTheSameDocumentTwiceGivesTheFullNoteBothTimes() {
        ArchiveRecord r = Samples.seeds().get(0);
        assertThat(chicago.write(r, Samples.citing(r))).isEqualTo(chicago.write(r, Samples.citing(r)));
    }

    @Test
    void threadsShareOneEngineSafely() throws Exception {
        List<ArchiveRecord> records = Samples.generated(40);
        List<String> alone = records.stream().map(r -> chicago.write(r, Samples.citing(r))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> together = pool.invokeAll(records.stream()
                    .map(r -> (java.util.concurrent.Callable<String>) () -> chicago.write(r, Samples.citing(r))).toList());
            for (int i = 0; i < records.size(); i++) assertThat(together.get(i).get()).isEqualTo(alone.get(i));
        } finally {
            pool.shutdown();
        }
    }

    /** Prints the cost of the first citation (style and locale loading) and of later ones. */
    @Test
    void timePerCitation() {
        ChicagoWriter fresh = new ChicagoWriter();
        List<ArchiveRecord> records = Samples.generated(200);
        long t0 = System.nanoTime();
        fresh.write(records.get(0), Samples.citing(records.get(0)));
        long first = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        for (ArchiveRecord r : records) fresh.write(r, Samples.citing(r));
        double each = (System.nanoTime() - t1) / 1e6 / records.size();
        System.out.printf("Chicago: first citation %.0f ms, then %.3f ms per citation (%d)%n",
                first / 1e6, each, records.size());
        assertThat(each).isLessThan(250);
    }
}
