package org.fonds.search;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A searcher that keeps the answers of a server's first page in a small file beside the index, so
 * that the next server started on the same index shows that page without searching. The home page
 * (no query, no filter) counts the facets of every document: at a million documents that search was
 * most of the 5 s to a first page, and the first reader waited for it (BENCHMARKS, "the no-query
 * answer kept beside the index").
 *
 * <p>What is kept: the answer to every request made by {@link #keeping(Runnable)}'s work on its own
 * thread (a server's warm-up, which makes the first page: the page's search and whatever searches
 * the works and the problems counts ask for), under one key, the engine's {@link Searcher#state()}
 * and the build of this code. A request is answered from the file only while both are the same: an
 * answer depends on nothing else (the request, the index's commit, the code that searches). Any
 * other request, an engine that names no state (SolrCloud), a key that differs (a commit, a
 * reindex, another build), or a file that cannot be read, is searched as before. The file is
 * rewritten by the next warm-up that searched; nothing else writes it, and it is never needed.
 */
public final class KeptAnswers implements Searcher {
    /** This build, named once per process. */
    private static final String BUILD = build();

    private final Searcher engine;
    private final Path file;
    private final String build;
    /** The file's answers, read on first use; {@link AnswersFile#NONE} when there are none to use. */
    private volatile AnswersFile.Kept kept;
    /** The answers of the work {@link #keeping} runs, on its thread. */
    private final ThreadLocal<Recording> recording = new ThreadLocal<>();

    public KeptAnswers(Searcher engine, Path file) {
        this(engine, file, BUILD);
    }

    KeptAnswers(Searcher engine, Path file, String build) {
        this.engine = engine;
        this.file = file;
        this.build = build;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return search(request, Cancellation.NONE);
    }

    @Override
    public SearchResult search(SearchRequest request, Cancellation cancellation) {
        Recording r = recording.get();
        AnswersFile.Kept k = kept();
        SearchResult known = k.answers().get(request);
        if (known != null) {
            // asked only for a kept request: the engine names its state by opening its reader
            Optional<String> now = key();
            if (now.isPresent() && now.get().equals(k.key())) {
                if (r != null) r.add(now, request, known, false);
                return known;
            }
        }
        if (r == null) return engine.search(request, cancellation);
        Optional<String> before = key();
        SearchResult answer = engine.search(request, cancellation);
        // a commit between the two would leave the answer without a state it surely belongs to
        r.add(before.equals(key()) ? before : Optional.empty(), request, answer, true);
        return answer;
    }

    /**
     * Runs {@code work} (a server's first page, made once) and keeps the answers of the searches it
     * made on this thread in the file, when it searched at all and every answer is of one state.
     * A file that cannot be written (a read-only home) is left as it is.
     */
    public void keeping(Runnable work) {
        Recording r = new Recording();
        recording.set(r);
        try {
            work.run();
        } finally {
            recording.remove();
        }
        r.toKeep().ifPresent(k -> {
            kept = k;
            AnswersFile.write(file, k);
        });
    }

    @Override
    public Optional<String> state() {
        return engine.state();
    }

    /** The engine's state and this build, or empty when the engine names no state. */
    private Optional<String> key() {
        return engine.state().map(s -> s + " " + build);
    }

    private AnswersFile.Kept kept() {
        AnswersFile.Kept k = kept;
        if (k != null) return k;
        synchronized (this) {
            if (kept == null) kept = AnswersFile.read(file).orElse(AnswersFile.NONE);
            return kept;
        }
    }

    /**
     * This build of the search code, named by its jar's size and time: another build may search or
     * order differently, so its answers are not taken. A folder of classes (tests) or an unknown
     * place gives a name no other process gives: its answers are taken by this process alone.
     */
    static String build() {
        try {
            Path where = Path.of(KeptAnswers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(where)) {
                BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
                return where.getFileName() + ":" + a.size() + ":" + a.lastModifiedTime().toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // below: a name of this process alone
        }
        return "process:" + ProcessHandle.current().pid() + ":" + System.nanoTime();
    }

    /** The requests one work made and their answers, with the one key they share. */
    private static final class Recording {
        private final Map<SearchRequest, SearchResult> answers = new LinkedHashMap<>();
        private Optional<String> key;
        private boolean searched;
        private boolean mixed;

        void add(Optional<String> state, SearchRequest request, SearchResult answer, boolean search) {
            if (key == null) key = state;
            if (state.isEmpty() || !state.equals(key)) mixed = true;
            searched |= search;
            answers.put(request, answer);
        }

        /** What to keep: nothing when everything came from the file, or the answers are not all of one state. */
        Optional<AnswersFile.Kept> toKeep() {
            if (!searched || mixed || key == null || key.isEmpty()) return Optional.empty();
            return Optional.of(new AnswersFile.Kept(key.get(), answers));
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
