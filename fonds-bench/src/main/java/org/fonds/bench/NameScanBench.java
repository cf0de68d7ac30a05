package org.fonds.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.fonds.deliberation.people.DocumentPeople;
import org.fonds.deliberation.people.NameScan;
import org.fonds.deliberation.people.NameScanner;
import org.fonds.deliberation.sessions.SessionReader;
import org.fonds.record.ArchiveRecord;
import org.fonds.synth.Generator;

/**
 * The names an ingest worker reads of each record, for the index's {@code person} field and for the
 * tables' extract: two scans (the index's with no tasked names, the extract's with a session's), as
 * before issue 14's item 3, against one scan shared by both, in turn in one process on the same
 * generated records: {@code fonds bench names [N] [ROUNDS]} (default 2,000 records, 4 rounds).
 * Reports records per CPU second of the timing thread, which the machine's load disturbs less than
 * wall time; the tasked names are read beforehand, untimed.
 */
public final class NameScanBench {
    private NameScanBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Generator g = new Generator(1956);
        List<ArchiveRecord> records = new ArrayList<>(count);
        List<List<String>> tasked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ArchiveRecord r = g.generate(i).expected();
            records.add(r);
            tasked.add(SessionReader.isSession(r) ? SessionReader.taskedNames(SessionReader.read(r)) : List.of());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%,d generated records; load: %s%n", count, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int round = 1; round <= rounds; round++) {
            double two = perCpuSecond(threads, records, tasked, false), one = perCpuSecond(threads, records, tasked, true);
            System.out.printf("round %d: two scans %,.0f records/s, one shared %,.0f records/s: %.2fx%n", round, two, one, one / two);
        }
        System.out.printf("load: %s%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double perCpuSecond(ThreadMXBean threads, List<ArchiveRecord> records, List<List<String>> tasked, boolean shared) {
        long start = threads.getCurrentThreadCpuTime();
        int sink = 0;
        for (int i = 0; i < records.size(); i++) {
            ArchiveRecord r = records.get(i);
            if (shared) {
                NameScan scan = NameScanner.scan(r);
                sink += DocumentPeople.names(scan, true).size() + scan.with(tasked.get(i)).occurrences().size();
            } else {
                sink += DocumentPeople.names(r, true).size() + NameScanner.scan(r, tasked.get(i)).occurrences().size();
            }
        }
        if (sink < 0) System.out.println(sink);
        return records.size() / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }
}
