package org.fonds.web.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day a whole ISO date means, read by hand: the same day (or failure) as the formatter reads. */
class DayTest {
    /** The day, or the kind of failure: a DateTimeException of any sort is one answer to a caller that catches it. */
    private static String outcome(java.util.function.Supplier<LocalDate> read) {
        try {
            return read.get().toString();
        } catch (DateTimeException e) {
            return "DateTimeException";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    @Test
    void everyDateReadsAsTheFormatterReadIt() {
        List<String> dates = new ArrayList<>();
        for (int year : new int[] {0, 4, 1899, 1900, 1955, 1956, 1962, 2000, 2001, 9999}) {
            for (int month = 0; month <= 14; month++) {
                for (int day = 0; day <= 33; day++) dates.add(String.format("%04d-%02d-%02d", year, month, day));
            }
        }
        for (LocalDate d = LocalDate.of(1945, 1, 1); d.isBefore(LocalDate.of(1992, 1, 1)); d = d.plusDays(1)) dates.add(d.toString());
        dates.addAll(List.of("1956", "1956-11", "1956-02", "1956-11-04T10:00", "1956-11-04 evening", "1956/11/04", "1956-11-4",
                "1956-1-04", "195a-11-04", "1956-11-0x", "+956-11-04", "-956-11-04", "1956-11-04-", "\u0661\u0669\u0665\u0666-11-04",
                "1956-\u0661\u0661-04", "１９５６-11-04", "1956-11-0４", "1956--11-04", "1956-11--4", "0000-00-00"));
        int read = 0;
        for (String date : dates) {
            // a date not read by hand takes the formatter's way as before
            if (!SessionTimeline.isoDay(date)) continue;
            read++;
            for (boolean last : new boolean[] {false, true}) {
                assertThat(outcome(() -> SessionTimeline.day(date, last))).as(date + (last ? " (last)" : ""))
                        .isEqualTo(outcome(() -> LocalDate.parse(date.substring(0, 10))));
            }
        }
        assertThat(read).as("dates read by hand").isGreaterThan(dates.size() / 2);
        assertThat(SessionTimeline.day("1956-11-04", false)).isEqualTo(LocalDate.of(1956, 11, 4));
        assertThat(SessionTimeline.isoDay("1956-11-04")).isTrue();
        assertThat(SessionTimeline.isoDay("1956-11-0\u0664")).isFalse();
    }
}
