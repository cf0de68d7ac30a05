package org.fonds.search.doc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.regex.Pattern;
import org.fonds.deliberation.people.DocumentPeople;
import org.fonds.deliberation.people.NameScan;
import org.fonds.deliberation.people.NameScanner;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.Warning;
import org.fonds.search.schema.Facet;
import org.fonds.search.schema.Field;

/** Makes the {@link IndexDocument} of a stored record: the one mapping both engines index. */
public final class IndexDocuments {
    /** A document said to span more days than this is indexed on its first day only (a slip, not a session). */
    static final int MAX_DAYS = 366;

    private IndexDocuments() {}

    public static IndexDocument of(ArchiveRecord r, int version) {
        return of(r, version, NameScanner.scan(r));
    }

    /** As {@link #of(ArchiveRecord, int)}, with the record's name scan made already (an ingest shares it with the tables). */
    public static IndexDocument of(ArchiveRecord r, int version, NameScan names) {
        Map<Field, List<String>> f = new EnumMap<>(Field.class);
        put(f, Field.ID, r.id());
        put(f, Field.VERSION, Integer.toString(version));
        put(f, Field.TITLE, r.title());
        put(f, Field.SUMMARY, r.summary());
        put(f, Field.BODY, r.body());
        for (Note n : r.notes()) {
            add(f, Field.NOTES, n.text());
            add(f, Field.NOTE_NUMBERS, Integer.toString(n.n()));
        }
        put(f, Field.DATE, r.date());
        List<LocalDate> days = days(r);
        for (LocalDate d : days) add(f, Field.DAYS, Long.toString(d.toEpochDay()));
        if (!days.isEmpty()) put(f, Field.SORT_DAY, Long.toString(days.getFirst().toEpochDay()));
        SequencedSet<String> people = new LinkedHashSet<>(r.participants());
        people.addAll(r.speakers());
        // person: also finds the people the text names ("Mistakes of Rakosi, Gero"); the facet keeps those taking part
        SequencedSet<String> named = new LinkedHashSet<>(people);
        named.addAll(DocumentPeople.names(names, true));
        names(f, Field.PERSON, Field.PERSON_SOUND, named);
        names(f, Field.PARTICIPANT, Field.PARTICIPANT_SOUND, r.participants());
        names(f, Field.SPEAKER, Field.SPEAKER_SOUND, r.speakers());
        for (ArchivalReference a : r.archivalReferences()) {
            add(f, Field.ARCHIVE, a.archive());
            add(f, Field.FOND, a.fond());
            add(f, Field.OPIS, a.opis());
            add(f, Field.DELO, a.delo());
        }
        add(f, Field.LANGUAGE, r.originalLanguage());
        add(f, Field.LANGUAGE, r.translationLanguage());
        put(f, Field.REPOSITORY, r.repository());
        String type = DocumentType.of(r.title());
        put(f, Field.TYPE, type);
        put(f, Field.KIND, r.kind());
        return new IndexDocument(r.id(), f, facets(r, days, people, type));
    }

    private static Map<Facet, List<String>> facets(ArchiveRecord r, List<LocalDate> days, SequencedSet<String> people, String type) {
        Map<Facet, SequencedSet<String>> f = new EnumMap<>(Facet.class);
        if (!days.isEmpty()) {
            LocalDate first = days.getFirst();
            facet(f, Facet.YEAR, String.format("%04d", first.getYear()));
            facet(f, Facet.MONTH, String.format("%04d-%02d", first.getYear(), first.getMonthValue()));
        }
        for (String p : people) facet(f, Facet.PERSON, p);
        facet(f, Facet.REPOSITORY, r.repository());
        for (ArchivalReference a : r.archivalReferences()) {
            facet(f, Facet.ARCHIVE, a.archive());
            facet(f, Facet.FOND, ArchivalFiles.fond(a));
            facet(f, Facet.DELO, ArchivalFiles.file(a));
        }
        facet(f, Facet.LANGUAGE, r.originalLanguage());
        facet(f, Facet.TYPE, type);
        facet(f, Facet.KIND, r.kind());
        for (Warning w : r.warnings()) facet(f, Facet.WARNING, w.code());
        Map<Facet, List<String>> out = new EnumMap<>(Facet.class);
        f.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The days a record covers: its date, or each day of its range; none when it has no readable date. */
    static List<LocalDate> days(ArchiveRecord r) {
        LocalDate first = day(r.date());
        if (first == null) return List.of();
        LocalDate last = r.dateRange() == null ? null : day(r.dateRange().to());
        if (last == null || !last.isAfter(first) || first.plusDays(MAX_DAYS).isBefore(last)) return List.of(first);
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) out.add(d);
        return out;
    }

    private static LocalDate day(String iso) {
        if (iso == null) return null;
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void names(Map<Field, List<String>> f, Field exact, Field sound, Iterable<String> names) {
        for (String n : names) {
            add(f, exact, n);
            add(f, sound, n);
        }
    }

    private static void put(Map<Field, List<String>> f, Field field, String value) {
        if (value != null && !value.isBlank()) f.put(field, List.of(value));
    }

    private static void add(Map<Field, List<String>> f, Field field, String value) {
        if (value == null || value.isBlank()) return;
        List<String> values = f.computeIfAbsent(field, k -> new ArrayList<>());
        values.add(value);
    }

    /** POSIX {@code \\p{Cntrl}}, as String.replaceAll read it: compiled once, and run only on a value holding one. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Whether {@code value} holds a character of {@link #CONTROL}: U+0000-U+001F or U+007F. */
    static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) return true;
        }
        return false;
    }

    private static void facet(Map<Facet, SequencedSet<String>> f, Facet facet, String value) {
        if (value == null) return;
        // control characters have no place in a label, and Lucene's facets reserve one of them
        String clean = (hasControl(value) ? CONTROL.matcher(value).replaceAll(" ") : value).strip();
        if (!clean.isEmpty()) f.computeIfAbsent(facet, k -> new LinkedHashSet<>()).add(clean);
    }
}
