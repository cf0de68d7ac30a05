package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.deliberation.people.DocumentPeople;
import org.fonds.deliberation.people.NameScan;
import org.fonds.deliberation.people.NameScanner;
import org.fonds.deliberation.people.RecordNames;
import org.fonds.deliberation.sessions.SessionReader;
import org.fonds.deliberation.tables.Json;
import org.fonds.parse.NeedsShared;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * An ingest scans each record's names once and shares the scan between the index's {@code person}
 * field and the tables' extract ({@link NameScan}): both must read exactly what two scans of their
 * own read, the extract's with a session's tasked names. Checked on the real records, the seeds and
 * generated ones, and with tasked names of our own that the text writes in lower case elsewhere,
 * which only the tasked part can make ordinary words.
 */
class SharedNameScanTest {
    private static final ObjectWriter EXTRACT = Json.MAPPER.writerFor(Extract.class);
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}-])\\p{Ll}{4,}(?!\\p{L})");

    @Test
    @NeedsShared("corpus/real/docs")
    void the_real_records_read_the_same_from_one_scan() {
        Counts c = check(Corpus.real().values());
        assertThat(c.withTasks).as("real records whose sessions task people").isGreaterThan(0);
        assertThat(c.commonFromTasked).as("tasked names the text also writes in lower case").isGreaterThan(0);
    }

    @Test
    @NeedsShared("corpus/seeds")
    void the_seeds_read_the_same_from_one_scan() {
        Counts c = check(Corpus.seeds());
        assertThat(c.records).isGreaterThan(0);
    }

    @Test
    void generated_records_read_the_same_from_one_scan() {
        Counts c = check(Corpus.generated(0, 400));
        assertThat(c.withTasks).as("generated sessions with tasked names").isGreaterThan(0);
        assertThat(c.commonFromTasked).isGreaterThan(0);
    }

    private static Counts check(Collection<ArchiveRecord> records) {
        Counts c = new Counts();
        for (ArchiveRecord r : records) {
            c.records++;
            NameScan shared = NameScanner.scan(r);
            // the index's person field: the scan with no tasked names
            assertThat(shared.names()).as(r.id()).isEqualTo(NameScanner.scan(r, List.of()));
            assertThat(DocumentPeople.names(shared, true)).as(r.id()).isEqualTo(DocumentPeople.names(r, true));
            // the tables' extract: with the session's tasked names, as the ingest makes it
            List<String> tasked = SessionReader.isSession(r) ? SessionReader.taskedNames(SessionReader.read(r)) : List.of();
            if (!tasked.isEmpty()) c.withTasks++;
            assertThat(shared.with(tasked)).as(r.id()).isEqualTo(NameScanner.scan(r, tasked));
            assertThat(json(Extract.of(r, RecordNames.of(r).scan()))).as(r.id()).isEqualTo(json(Extract.of(r)));
            // tasked names that add common words no other name of the record holds
            List<String> ours = ours(r);
            if (ours.isEmpty()) continue;
            var one = NameScanner.scan(r, ours);
            assertThat(shared.with(ours)).as(r.id() + " with " + ours).isEqualTo(one);
            if (!one.common().equals(shared.names().common())) c.commonFromTasked++;
        }
        return c;
    }

    /** Two capitalised lower-case words of the record's text, as a task's names: "Proposal", "Delegation". */
    private static List<String> ours(ArchiveRecord r) {
        List<String> out = new ArrayList<>();
        Matcher m = LOWER_WORD.matcher(r.body());
        while (m.find() && out.size() < 2) {
            String w = m.group();
            out.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        if (!out.isEmpty()) out.add(" " + out.getFirst() + " ");
        return out;
    }

    private static String json(Extract e) {
        try {
            return EXTRACT.writeValueAsString(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    private static final class Counts {
        int records;
        int withTasks;
        int commonFromTasked;
    }
}
