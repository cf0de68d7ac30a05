package org.fonds.web.pictures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.TimelineEntry;
import org.fonds.deliberation.read.Tables;
import org.fonds.web.pictures.TimelineView.Bar;
import org.fonds.web.pictures.TimelineView.Bin;
import org.fonds.web.pictures.TimelineView.Mark;
import org.fonds.web.pictures.TimelineView.Tick;
import org.fonds.web.room.Links;

/**
 * The sessions of the range on a date axis, one mark each (stacked where several fall together,
 * up to {@link #STACK}), and below them the dates the texts and notes mention (the timeline table)
 * counted on the same axis. The axis runs from the first to the last session shown, or over the
 * dates asked for; it is cut into days, months or years so that it never has more than
 * {@link #MAX_BINS} steps.
 */
public final class SessionTimeline {
    static final int MAX_BINS = 240;
    static final int WIDTH = 960;
    static final int LEFT = 130;
    static final int PLOT = WIDTH - LEFT - 20;
    static final int MARK = 11;
    static final int STACK = 10;
    static final int MENTION_DEPTH = 90;

    private SessionTimeline() {
    }

    /** Where the parts go: the width of a step, the sessions' line (marks stack up from it), the mentions' line (bars hang from it). */
    record Layout(double step, int sessionBase, int mentionBase, int height) {
        static Layout of(int bins, int tallest) {
            int sessionBase = 36 + Math.min(STACK, Math.max(1, tallest)) * MARK;
            int mentionBase = sessionBase + 30;
            return new Layout((double) PLOT / bins, sessionBase, mentionBase, mentionBase + MENTION_DEPTH + 40);
        }

        int x(int bin) {
            return LEFT + (int) Math.round(bin * step);
        }

        int width() {
            return Math.max(2, (int) Math.floor(step) - 1);
        }
    }

    /** The picture with every date mentioned on its axis listed as well (for its data as CSV or JSON). */
    public static TimelineView of(Tables tables, SessionRange range) {
        return of(tables, range, true);
    }

    /**
     * The picture; the dates mentioned on the axis are listed one by one only when {@code listed}: the
     * page itself draws their counts, read grouped by step (a year of 100,000 records mentions some
     * 60,000 dates, and reading each with its text took most of the page's time).
     */
    public static TimelineView of(Tables tables, SessionRange range, boolean listed) {
        List<Session> dated = range.sessions().stream().filter(s -> s.date() != null && s.date().length() >= 4).toList();
        int undated = range.sessions().size() - dated.size();
        Axis axis = axis(range, dated);
        if (axis == null) return TimelineView.empty(range, undated);
        List<List<Session>> byBin = new ArrayList<>();
        for (int i = 0; i < axis.bins().size(); i++) byBin.add(new ArrayList<>());
        for (Session s : dated) {
            int bin = axis.bin(day(s.date(), false));
            if (bin >= 0) byBin.get(bin).add(s);
        }
        Layout layout = Layout.of(axis.bins().size(), byBin.stream().mapToInt(List::size).max().orElse(0));
        Mentions mentions = listed ? Mentions.within(tables, axis) : Mentions.counted(tables, axis);
        return new TimelineView(range, axis.unit(), axis.start().toString(), axis.end().toString(), marks(byBin, layout),
                bars(axis, mentions, layout), bins(axis, byBin, mentions, layout), ticks(axis, layout), undated, mentions.before(),
                mentions.after(), mentions.entries(), layout.sessionBase(), layout.mentionBase(), WIDTH, layout.height());
    }

    /** The dates asked for, else the first to the last session; a week at least. Null when there is nothing to draw. */
    private static Axis axis(SessionRange range, List<Session> dated) {
        if (dated.isEmpty() && (range.from().isEmpty() || range.to().isEmpty())) return null;
        LocalDate start = range.from().isEmpty() ? day(dated.getFirst().date(), false) : day(range.from(), false);
        LocalDate end = range.to().isEmpty() ? day(dated.getLast().date(), true) : day(range.to(), true);
        if (end.isBefore(start)) return null;
        if (ChronoUnit.DAYS.between(start, end) < 6) {
            start = start.minusDays(3);
            end = end.plusDays(3);
        }
        return Axis.over(start, end, MAX_BINS);
    }

    private static List<Mark> marks(List<List<Session>> byBin, Layout layout) {
        List<Mark> marks = new ArrayList<>();
        for (int bin = 0; bin < byBin.size(); bin++) {
            List<Session> here = byBin.get(bin);
            for (int k = 0; k < Math.min(STACK, here.size()); k++) {
                Session s = here.get(k);
                marks.add(new Mark(s.documentId(), s.date(), s.title(), layout.x(bin), layout.sessionBase() - (k + 1) * MARK,
                        layout.width(), MARK - 2, Links.session(s.documentId())));
            }
        }
        return marks;
    }

    private static List<Bar> bars(Axis axis, Mentions mentions, Layout layout) {
        int most = 1;
        for (int c : mentions.counts()) most = Math.max(most, c);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < axis.bins().size(); i++) {
            int count = mentions.counts()[i];
            if (count == 0) continue;
            int docs = mentions.documents()[i];
            int h = Math.max(2, (int) Math.round((double) count / most * MENTION_DEPTH));
            bars.add(new Bar(layout.x(i), layout.mentionBase(), layout.width(), h, axis.bins().get(i) + ": " + count
                    + (count == 1 ? " date" : " dates") + " mentioned, in " + docs + (docs == 1 ? " document" : " documents")));
        }
        return bars;
    }

    /** The steps with something in them, for the text beside the picture and the "+N" of a full stack. */
    private static List<Bin> bins(Axis axis, List<List<Session>> byBin, Mentions mentions, Layout layout) {
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < axis.bins().size(); i++) {
            List<Session> here = byBin.get(i);
            if (here.isEmpty() && mentions.counts()[i] == 0) continue;
            List<Mark> listed = here.stream().map(s -> new Mark(s.documentId(), s.date(), s.title(), 0, 0, 0, 0,
                    Links.session(s.documentId()))).toList();
            bins.add(new Bin(axis.bins().get(i), listed, mentions.counts()[i], Math.max(0, here.size() - STACK), layout.x(i),
                    layout.sessionBase() - STACK * MARK - 4));
        }
        return bins;
    }

    private static List<Tick> ticks(Axis axis, Layout layout) {
        int every = Math.max(1, (int) Math.ceil(axis.bins().size() / 8.0));
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < axis.bins().size(); i += every) {
            ticks.add(new Tick(layout.x(i) + (int) Math.round(layout.step() / 2), axis.bins().get(i)));
        }
        return ticks;
    }

    /** The first (or last) day that {@code date} may mean: "1956" is 1956-01-01 (or 1956-12-31). */
    static LocalDate day(String date, boolean last) {
        // a whole day in ISO digits, as nearly every stored date is: read by hand, the same day (or the same
        // DateTimeException) LocalDate.parse gives, without a formatter (most of the chronology's Java at 100,000 records)
        if (isoDay(date)) return LocalDate.of(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10));
        int year = Integer.parseInt(date.substring(0, 4));
        if (date.length() < 7) return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        int month = Integer.parseInt(date.substring(5, 7));
        LocalDate first = LocalDate.of(year, month, 1);
        if (date.length() < 10) return last ? first.plusMonths(1).minusDays(1) : first;
        return LocalDate.parse(date.substring(0, 10));
    }

    /** "yyyy-mm-dd" and anything after it, in ASCII digits (the only digits LocalDate.parse reads). */
    static boolean isoDay(String date) {
        if (date.length() < 10 || date.charAt(4) != '-' || date.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            char c = date.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) return false;
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + (s.charAt(i) - '0');
        return n;
    }

    /** The dates mentioned that fall on the axis, counted per step, and how many fall before and after it. */
    record Mentions(int[] counts, int[] documents, int before, int after, List<TimelineEntry> entries) {
        /**
         * Reads only the dates that may fall on the axis: as text, from its first day written as
         * shortly as that day allows ("1956" when it is 1 January: a date "1956" means that day
         * too) to its last day and all that begin with it; those before and after are only counted.
         */
        static Mentions within(Tables tables, Axis axis) {
            String first = first(axis);
            String last = last(axis);
            Mentions on = within(tables.timeline(first, last), axis);
            return new Mentions(on.counts(), on.documents(), on.before() + tables.timelineBefore(first), on.after() + tables.timelineAfter(last),
                    on.entries());
        }

        /**
         * As {@link #within(Tables, Axis)}, from the counts of the dates grouped by the axis's step (a
         * day's, a month's or a year's first characters), without the mentions themselves. The
         * documents of a step are added up over its keys: exact, except that a document that writes
         * one date of the step in full and another shorter ("1956-11-04" and "1956-11" on a monthly
         * axis) counts once for each.
         */
        static Mentions counted(Tables tables, Axis axis) {
            String first = first(axis);
            String last = last(axis);
            int keyLength = switch (axis.unit()) {
                case "year" -> 4;
                case "month" -> 7;
                default -> 10;
            };
            int[] counts = new int[axis.bins().size()];
            int[] documents = new int[counts.length];
            int before = 0;
            int after = 0;
            for (org.fonds.deliberation.tables.MentionCount c : tables.timelineCounts(first, last, keyLength)) {
                if (c.key().length() < 4) continue;
                // a key's dates were read from the axis's first day on: a month that begins before an axis
                // starting on the 24th holds only days on the axis, all in its first step
                LocalDate d = max(day(c.key(), false), axis.start());
                int bin = axis.bin(d);
                if (bin < 0) {
                    if (d.isBefore(axis.start())) before += c.mentions();
                    else after += c.mentions();
                    continue;
                }
                counts[bin] += c.mentions();
                documents[bin] += c.documents();
            }
            return new Mentions(counts, documents, before + tables.timelineBefore(first), after + tables.timelineAfter(last), List.of());
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? b : a;
        }

        /** The axis's first day written as shortly as that day allows ("1956" when it is 1 January: a date "1956" means that day too). */
        private static String first(Axis axis) {
            LocalDate start = axis.start();
            return start.getDayOfMonth() != 1 ? start.toString()
                    : start.getMonthValue() != 1 ? start.toString().substring(0, 7) : start.toString().substring(0, 4);
        }

        private static String last(Axis axis) {
            return axis.end().toString() + '\uffff';
        }

        static Mentions within(List<TimelineEntry> all, Axis axis) {
            int[] counts = new int[axis.bins().size()];
            List<Set<String>> docs = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) docs.add(new HashSet<>());
            int before = 0;
            int after = 0;
            List<TimelineEntry> on = new ArrayList<>();
            Map<String, LocalDate> parsed = new HashMap<>();
            for (TimelineEntry e : all) {
                if (e.date() == null || e.date().length() < 4) continue;
                LocalDate d = parsed.computeIfAbsent(e.date(), k -> day(k, false));
                int bin = axis.bin(d);
                if (bin < 0) {
                    if (d.isBefore(axis.start())) before++;
                    else after++;
                    continue;
                }
                counts[bin]++;
                docs.get(bin).add(e.documentId());
                on.add(e);
            }
            return new Mentions(counts, docs.stream().mapToInt(Set::size).toArray(), before, after, on);
        }
    }
}
