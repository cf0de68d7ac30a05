package org.fonds.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code from} or {@code until} argument in either granularity the repository supports: a day
 * ({@code YYYY-MM-DD}) or a second ({@code YYYY-MM-DDThh:mm:ssZ}). Both bounds are inclusive, so a
 * day means its first second as {@code from} and its last second as {@code until}.
 */
record UtcDate(LocalDate day, Instant second) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssX")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Parses either granularity; empty for anything else, including days that do not exist. */
    static Optional<UtcDate> parse(String text) {
        try {
            if (DAY.matcher(text).matches()) {
                return Optional.of(new UtcDate(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE), null));
            }
            if (SECOND.matcher(text).matches()) {
                return Optional.of(new UtcDate(null, SECONDS.parse(text, Instant::from)));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    boolean isDay() {
        return day != null;
    }

    /** The first second this date covers, in epoch seconds. */
    long firstSecond() {
        return isDay() ? day.atStartOfDay(ZoneOffset.UTC).toEpochSecond() : second.getEpochSecond();
    }

    /** The last second this date covers, in epoch seconds. */
    long lastSecond() {
        return isDay() ? firstSecond() + 86_399 : second.getEpochSecond();
    }

    /** A datestamp as the protocol writes it, to the second. */
    static String format(long epochSecond) {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(epochSecond));
    }
}
