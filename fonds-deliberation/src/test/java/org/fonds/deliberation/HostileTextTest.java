package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.fonds.deliberation.people.Authority;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Turn;
import org.junit.jupiter.api.Test;

/**
 * Every extractor of the derived tables (sessions, agenda, decisions, tasks, names, references,
 * works, dates) over hostile text of about 1 MB in one record: each must finish in time linear in the
 * text, without overflowing the stack (issue 15: one sentence of ~700 "Cde. Name" items once
 * stopped ingest, reindex and serve). Text made here, never taken from the shared corpus.
 */
class HostileTextTest {
    /**
     * Half a megabyte a text: each goes in the body, a turn and a note, so about 1 MB a record and
     * 7 MB over all; the whole set runs in about a minute on two busy cores.
     */
    private static final int MB = 1 << 19;

    /** Repeats what {@code piece} makes until {@code size} chars. */
    private static String fill(int size, IntFunction<String> piece) {
        StringBuilder b = new StringBuilder(size + 100);
        for (int i = 0; b.length() < size; i++) b.append(piece.apply(i));
        return b.substring(0, size);
    }

    private static String name(int i) {
        return "Name" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26);
    }

    static Map<String, String> texts() {
        Random rnd = new Random(15);
        Map<String, String> t = new LinkedHashMap<>();
        t.put("a list of comrades", fill(MB, i -> "Cde. " + name(i) + ", ") + " are to prepare the text.");
        t.put("a dashed list", "Cdes. " + fill(MB, i -> name(i) + ", ") + "— to prepare measures.");
        t.put("a passive list", fill(MB, i -> "Cdes. " + name(i) + " and ") + "Cde. Last is to be sent.");
        t.put("dots without spaces", fill(MB, i -> "a.B"));
        t.put("initials without end", fill(MB, i -> "A. "));
        t.put("agenda headings", fill(MB, i -> "I. On the " + name(i) + " Question. "));
        t.put("list numbers", fill(MB, i -> (i % 99) + ") "));
        t.put("brackets", fill(MB, i -> "(Cde. " + name(i) + ") ") );
        t.put("dates", fill(MB, i -> (i % 28 + 1) + "-X-56 (4 XI) 30 October "));
        t.put("references", fill(MB, i -> "TsKhSD, F. 3, Op. 12, D. " + i + ", Ll. 1-" + i + "; "));
        t.put("works", fill(MB, i -> "See \"On " + name(i) + ",\" in Pravda, Vol. " + i + ", "));
        t.put("one long word", "x".repeat(2 * MB));
        t.put("control characters and every plane", fill(MB, i -> new String(Character.toChars(rnd.nextInt(0x10FFFF)))
                .replaceAll("[\\uD800-\\uDFFF&&[^\\p{L}]]", "?")));
        t.put("colons and dashes", fill(MB, i -> name(i) + ": — – - : "));
        return t;
    }

    private static ArchiveRecord record(String id, String body) {
        return new ArchiveRecord(id, "Working Notes from a hostile session", "1956-11-01", null, "1 November 1956", "",
                null, List.of(), null, "", List.of(), null, null, "", "Russian", "English", List.of("Kadar", "Nagy"),
                List.of("Kadar"), List.of(new Turn(List.of("Kadar"), body.substring(0, Math.min(1000, body.length())), List.of())),
                List.of(), body, List.of(new org.fonds.record.Note(1, body, List.of())), List.of(), List.of(), List.of());
    }

    @Test
    void every_extractor_reads_a_megabyte_of_hostile_text_in_linear_time() {
        List<ArchiveRecord> records = new ArrayList<>();
        texts().forEach((what, text) -> {
            ArchiveRecord r = record("hostile-" + records.size(), text);
            records.add(r);
            long t0 = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Deliberations.build(List.of(r), Authority.empty()), what);
            System.out.printf("TIMING %s: %.2f s%n", what, (System.nanoTime() - t0) / 1e9);
        });
        long t0 = System.nanoTime();
        Deliberations all = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Deliberations.build(records, Authority.empty()));
        System.out.printf("TIMING all: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        assertThat(all.sessions()).hasSize(records.size());
    }
}
