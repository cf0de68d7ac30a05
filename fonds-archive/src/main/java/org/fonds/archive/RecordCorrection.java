package org.fonds.archive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fonds.archive.accounts.Account;
import org.fonds.error.InvalidRequestException;
import org.fonds.error.NotFoundException;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Correction;
import org.fonds.record.Corrections;
import org.fonds.record.RecordJson;
import org.fonds.record.ResolutionCorrections;
import org.fonds.record.stored.StoredVersion;

/**
 * What an editor asks of one record: set {@code field} to {@code value}, because {@code reason}; or
 * undo change {@code reverts} (then field and value are taken from that change). Checked here, before
 * anything is written, so a refused change writes nothing.
 */
public record RecordCorrection(String id, String field, List<String> value, String reason, Integer reverts)
        implements RecordChange {
    /** Longest reason kept. */
    public static final int MAX_REASON = 2_000;

    public RecordCorrection {
        Objects.requireNonNull(id, "id");
        value = value == null ? List.of() : value.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        reason = reason == null ? "" : reason.strip();
    }

    public static RecordCorrection set(String id, String field, List<String> value, String reason) {
        return new RecordCorrection(id, field, value, reason, null);
    }

    public static RecordCorrection revert(String id, int change, String reason) {
        return new RecordCorrection(id, null, List.of(), reason, change);
    }

    /** The corrected record and the correction it now carries, from the stored {@code head}. */
    record Applied(ArchiveRecord record, Correction correction, String message) {
    }

    /** Refuses a reason that is empty or too long. */
    static void checkReason(String reason) {
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new InvalidRequestException("bad-reason", "a correction says why, in 1 to " + MAX_REASON + " characters");
        }
    }

    @Override
    public Applied applyTo(StoredVersion head, Account editor, Instant now) {
        checkReason(reason);
        ArchiveRecord r = RecordJson.read(head.recordJson());
        String f = field;
        List<String> after = value;
        if (reverts != null) {
            Correction undone = r.corrections().stream().filter(c -> c.n() == reverts).findFirst()
                    .orElseThrow(() -> new NotFoundException("no change " + reverts + " of document '" + id + "'"));
            // a decision's or task's change is undone by its mirror image (ResolutionCorrection)
            if (ResolutionCorrections.isField(undone.field())) return ResolutionCorrection.undoing(id, undone, reason).apply(r, editor, now, reverts);
            f = undone.field();
            after = undone.before();
        }
        String problem = Corrections.problem(f, after);
        if (problem != null) throw new InvalidRequestException("bad-correction", problem);
        List<String> before = Corrections.value(r, f);
        if (before.equals(after)) throw new InvalidRequestException("no-change", f + " already reads so; nothing was changed");
        Correction c = new Correction(r.corrections().size() + 1, f, before, after, editor.name(),
                now.truncatedTo(ChronoUnit.SECONDS).toString(), reason, reverts);
        List<Correction> all = new ArrayList<>(r.corrections());
        all.add(c);
        ArchiveRecord corrected = Corrections.set(r, f, after).withCorrections(all);
        String message = (reverts != null ? "revert of change " + reverts : "correction of " + f) + " by " + editor.name() + ": " + reason;
        return new Applied(corrected, c, message);
    }

}
