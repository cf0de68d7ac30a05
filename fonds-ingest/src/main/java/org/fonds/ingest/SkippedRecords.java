package org.fonds.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.fonds.record.RecordJson;
import org.fonds.store.ArchiveHome;
import org.fonds.store.AtomicFiles;

/**
 * The stored documents that a later stage went on without (the search index, the derived tables),
 * kept in the home so that {@code fonds problems}, {@code verify} and the problems page can name
 * them long after the command that met them has ended (issue 15). Derived data like the stages
 * themselves: a full rebuild of a stage replaces its entries; an incremental one replaces those of
 * the documents it handled.
 */
public final class SkippedRecords {
    /** The index's stages: ingest indexing a new version, and a rebuild of the whole index. */
    public static final Set<String> INDEX_STAGES = Set.of(RecordProblem.INDEX, RecordProblem.REINDEX);
    public static final Set<String> TABLE_STAGES = Set.of(RecordProblem.TABLES);
    private static final TypeReference<List<RecordProblem>> LIST = new TypeReference<>() { };

    private final Path file;

    public SkippedRecords(ArchiveHome home) {
        this.file = home.skipped();
    }

    /** Every entry, by id then stage. */
    public List<RecordProblem> list() {
        try {
            return RecordJson.mapper().readValue(Files.readAllBytes(file), LIST);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** After a stage ran over every document: its entries become {@code now}. */
    public void replace(Set<String> stages, Collection<RecordProblem> now) {
        update(p -> stages.contains(p.stage()), now);
    }

    /**
     * After a stage ran over some documents: its entries that {@code handled} says it has now dealt
     * with go, and {@code now} is added.
     */
    public void update(Set<String> stages, Predicate<String> handled, Collection<RecordProblem> now) {
        update(p -> stages.contains(p.stage()) && handled.test(p.id()), now);
    }

    private synchronized void update(Predicate<RecordProblem> gone, Collection<RecordProblem> now) {
        List<RecordProblem> before = list();
        if (now.isEmpty() && before.stream().noneMatch(gone)) return; // nothing to write: most runs
        List<RecordProblem> after = new ArrayList<>(before.stream().filter(gone.negate()).toList());
        after.addAll(now);
        after.sort(Comparator.comparing(RecordProblem::id).thenComparing(RecordProblem::stage));
        try {
            Files.createDirectories(file.getParent());
            byte[] json = RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(after);
            AtomicFiles.write(file, out -> out.write(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
