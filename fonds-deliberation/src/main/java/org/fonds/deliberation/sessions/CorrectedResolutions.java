package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.List;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.ResolutionCorrections;
import org.fonds.record.ResolutionCorrections.Item;

/**
 * A session's decisions and tasks with the editors' corrections the record carries laid over what
 * was read from its text ({@link ResolutionCorrections}): a correction wins over the extraction, here,
 * every time the record is read, so a reparse or a rebuild of the tables keeps it.
 */
final class CorrectedResolutions {
    private CorrectedResolutions() {
    }

    static List<Decision> decisions(ArchiveRecord record, List<Decision> extracted) {
        if (record.corrections().isEmpty()) return extracted;
        List<Item> items = extracted.stream().map(d -> new Item(d.text(), List.of(), null)).toList();
        List<Decision> out = new ArrayList<>();
        for (Item i : ResolutionCorrections.overlay(ResolutionCorrections.DECISION, items, record.corrections())) {
            out.add(new Decision(record.id(), record.date(), i.text(), i.correctedBy()));
        }
        return out;
    }

    static List<Task> tasks(ArchiveRecord record, List<Task> extracted) {
        if (record.corrections().isEmpty()) return extracted;
        List<Item> items = extracted.stream().map(t -> new Item(t.text(), t.names(), null)).toList();
        List<Task> out = new ArrayList<>();
        for (Item i : ResolutionCorrections.overlay(ResolutionCorrections.TASK, items, record.corrections())) {
            out.add(new Task(record.id(), record.date(), i.text(), i.names(), null, i.correctedBy()));
        }
        return out;
    }
}
