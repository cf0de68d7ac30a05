package org.fonds.web.pictures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A date axis from {@code start} to {@code end} in steps of a day, a month or a year, whichever
 * is the finest that keeps the steps within a limit; {@code bins} are the steps' labels as ISO
 * dates of that precision ("1956-11-04", "1956-11", "1956").
 */
record Axis(LocalDate start, LocalDate end, String unit, List<String> bins) {
    static Axis over(LocalDate start, LocalDate end, int maxBins) {
        String unit = ChronoUnit.DAYS.between(start, end) < maxBins ? "day"
                : ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) < maxBins ? "month" : "year";
        List<String> bins = new ArrayList<>();
        for (LocalDate d = floor(start, unit); !d.isAfter(end); d = next(d, unit)) bins.add(label(d, unit));
        return new Axis(start, end, unit, bins);
    }

    /** The step {@code d} falls in, or -1 off the axis. */
    int bin(LocalDate d) {
        if (d.isBefore(start) || d.isAfter(end)) return -1;
        LocalDate first = floor(start, unit);
        return (int) switch (unit) {
            case "day" -> ChronoUnit.DAYS.between(first, d);
            case "month" -> ChronoUnit.MONTHS.between(first, floor(d, unit));
            default -> ChronoUnit.YEARS.between(first, floor(d, unit));
        };
    }

    private static LocalDate floor(LocalDate d, String unit) {
        return switch (unit) {
            case "day" -> d;
            case "month" -> d.withDayOfMonth(1);
            default -> d.withDayOfYear(1);
        };
    }

    private static LocalDate next(LocalDate d, String unit) {
        return switch (unit) {
            case "day" -> d.plusDays(1);
            case "month" -> d.plusMonths(1);
            default -> d.plusYears(1);
        };
    }

    private static String label(LocalDate d, String unit) {
        String iso = d.toString();
        return switch (unit) {
            case "day" -> iso;
            case "month" -> iso.substring(0, 7);
            default -> iso.substring(0, 4);
        };
    }
}
