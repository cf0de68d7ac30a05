package org.fonds.archive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fonds.archive.accounts.Account;
import org.fonds.error.InvalidRequestException;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Correction;
import org.fonds.record.RecordJson;
import org.fonds.record.ResolutionCorrections;
import org.fonds.record.stored.StoredVersion;

/**
 * What an editor asks of one record's decisions or tasks ({@code field} {@code decision} or
 * {@code task}): {@code before} the item as the page showed it (empty to add one), {@code after} the
 * item as it should read (empty to remove it); an item is its text, then a task's names. The record
 * keeps it in its {@code corrections} and the tables lay it over the extraction
 * ({@link ResolutionCorrections}); the record's own fields are untouched.
 */
public record ResolutionCorrection(String id, String field, List<String> before, List<String> after, String reason)
        implements RecordChange {
    public ResolutionCorrection {
        Objects.requireNonNull(id, "id");
        before = clean(before);
        after = clean(after);
        reason = reason == null ? "" : reason.strip();
    }

    private static List<String> clean(List<String> v) {
        return v == null ? List.of() : v.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static ResolutionCorrection add(String id, String field, List<String> item, String reason) {
        return new ResolutionCorrection(id, field, List.of(), item, reason);
    }

    public static ResolutionCorrection remove(String id, String field, List<String> item, String reason) {
        return new ResolutionCorrection(id, field, item, List.of(), reason);
    }

    public static ResolutionCorrection edit(String id, String field, List<String> was, List<String> now, String reason) {
        return new ResolutionCorrection(id, field, was, now, reason);
    }

    @Override
    public RecordCorrection.Applied applyTo(StoredVersion head, Account editor, Instant now) {
        RecordCorrection.checkReason(reason);
        return apply(RecordJson.read(head.recordJson()), editor, now, null);
    }

    /** The change made on {@code r}; {@code reverts} the number of the change it undoes, or null. */
    RecordCorrection.Applied apply(ArchiveRecord r, Account editor, Instant now, Integer reverts) {
        String problem = ResolutionCorrections.problem(field, before, after);
        if (problem != null) throw new InvalidRequestException("bad-correction", problem);
        Correction c = new Correction(r.corrections().size() + 1, field, before, after, editor.name(),
                now.truncatedTo(ChronoUnit.SECONDS).toString(), reason, reverts);
        List<Correction> all = new ArrayList<>(r.corrections());
        all.add(c);
        String what = before.isEmpty() ? "addition of a " + field : after.isEmpty() ? "removal of a " + field : "correction of a " + field;
        String message = (reverts != null ? "revert of change " + reverts : what) + " by " + editor.name() + ": " + reason;
        return new RecordCorrection.Applied(r.withCorrections(all), c, message);
    }

    /** The change that undoes {@code undone} (a change of a decision or task): its after made its before again. */
    static ResolutionCorrection undoing(String id, Correction undone, String reason) {
        return new ResolutionCorrection(id, undone.field(), undone.after(), undone.before(), reason);
    }
}
