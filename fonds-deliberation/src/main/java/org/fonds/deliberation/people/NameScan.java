package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fonds.record.ArchiveRecord;

/**
 * What {@link NameScanner} reads from one record alone, before a session's tasked names are known:
 * the index's {@code person} field and the tables' extract both start from it, so an ingest scans
 * each record once (the scan was a third of an ingest worker's time, done twice). {@link #with}
 * adds the tasked names exactly where a scan given them would have put them: after the record's own
 * lists and senders, before the text's names.
 */
public final class NameScan {
    private final ArchiveRecord record;
    private final List<Occurrence> fields;
    private final List<Occurrence> text;
    private final Set<String> candidates;
    private final List<String> common;
    private final Map<String, String> descriptions;
    private final Map<String, String> pseudonyms;
    /** {@link #untasked()}, once made (an immutable value: a second thread making it again is harmless). */
    private volatile DocumentNames untasked;

    NameScan(ArchiveRecord record, List<Occurrence> fields, List<Occurrence> text, Set<String> candidates,
             List<String> common, Map<String, String> descriptions, Map<String, String> pseudonyms) {
        this.record = record;
        this.fields = List.copyOf(fields);
        this.text = List.copyOf(text);
        this.candidates = candidates;
        this.common = List.copyOf(common);
        this.descriptions = descriptions;
        this.pseudonyms = pseudonyms;
    }

    /** The names of the record with no tasked names: what the index reads. */
    public DocumentNames names() {
        return with(List.of());
    }

    /** The names of the record with {@code tasked}, the names its tasks assign: what the tables read. */
    public DocumentNames with(List<String> tasked) {
        if (tasked.stream().allMatch(t -> t == null || t.isBlank())) return untasked();
        Map<Occurrence, Boolean> out = new LinkedHashMap<>();
        for (Occurrence o : fields) out.put(o, true);
        List<Occurrence> added = new ArrayList<>();
        for (String t : tasked) {
            if (t == null || t.isBlank()) continue;
            Occurrence o = new Occurrence(t.strip(), Role.TASKED, null, false);
            if (out.putIfAbsent(o, true) == null) added.add(o);
        }
        // no occurrence of the text is TASKED, so none of them was kept out by a tasked one
        for (Occurrence o : text) out.put(o, true);
        return new DocumentNames(record.id(), record.date(), new ArrayList<>(out.keySet()), common(added),
                descriptions, pseudonyms);
    }

    /**
     * The names with no tasked name, made once: what {@link #with} gives for none, since the record's own and
     * its text's occurrences are distinct already (the keys of one scan) and no tasked word adds a common one.
     * The index and the extract of a record that is not a session both ask for it.
     */
    private DocumentNames untasked() {
        DocumentNames names = untasked;
        if (names == null) {
            List<Occurrence> all = new ArrayList<>(fields.size() + text.size());
            all.addAll(fields);
            all.addAll(text);
            names = new DocumentNames(record.id(), record.date(), all, common, descriptions, pseudonyms);
            untasked = names;
        }
        return names;
    }

    /** The record's common words, with those among the tasked names' words that a scan without them could not see. */
    private List<String> common(List<Occurrence> tasked) {
        Set<String> more = NameScanner.candidates(tasked);
        more.removeAll(candidates);
        if (more.isEmpty()) return common;
        TreeSet<String> out = new TreeSet<>(common);
        out.addAll(NameScanner.lowerWords(record, more));
        return new ArrayList<>(out);
    }
}
