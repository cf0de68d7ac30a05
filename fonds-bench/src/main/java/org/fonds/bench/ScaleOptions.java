package org.fonds.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./fonds bench scale} is asked to do: how many records, where, which steps, and how
 * many files one run may ingest. A million-record run takes longer than one sitting on a quiet
 * machine, so its steps can be run apart ({@code --phases}) and its ingest in batches
 * ({@code --batch}); what was measured is kept in the run's folder ({@link ScaleReport}).
 *
 * @param count  the number of generated records
 * @param dir    the run's folder: input, home and report (default target/bench/scale-N)
 * @param phases the steps to run now, in the order they are always run
 * @param batch  at most this many not yet ingested files in this run (0: all of them)
 */
record ScaleOptions(int count, Path dir, List<String> phases, int batch) {
    static final List<String> PHASES = List.of("baselines", "ingest", "update", "verify", "search", "serve");
    static final String USAGE = "usage: fonds bench scale [N] [--dir=FOLDER] [--phases=" + String.join(",", PHASES)
            + "] [--batch=K]";

    ScaleOptions {
        if (count <= 0) throw new IllegalArgumentException("the number of records must be positive: " + count + "\n" + USAGE);
        if (batch < 0) throw new IllegalArgumentException("--batch must not be negative: " + batch + "\n" + USAGE);
        phases = List.copyOf(phases);
    }

    static ScaleOptions parse(String... args) {
        Integer count = null;
        Path dir = null;
        List<String> phases = PHASES;
        int batch = 0;
        for (String a : args) {
            if (a.startsWith("--dir=")) dir = Path.of(a.substring(6));
            else if (a.startsWith("--phases=")) phases = phases(a.substring(9));
            else if (a.startsWith("--batch=")) batch = number(a.substring(8));
            else if (!a.startsWith("-") && count == null) count = number(a);
            else throw new IllegalArgumentException("not understood: " + a + "\n" + USAGE);
        }
        int n = count == null ? 1_000_000 : count;
        Path d = (dir == null ? Path.of("target", "bench", "scale-" + n) : dir).toAbsolutePath();
        return new ScaleOptions(n, d, phases, batch);
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    /** The steps named, in the order of {@link #PHASES} whatever order they were named in. */
    private static List<String> phases(String list) {
        List<String> named = List.of(list.split(","));
        for (String p : named) {
            if (!PHASES.contains(p)) throw new IllegalArgumentException("no step called '" + p + "'\n" + USAGE);
        }
        List<String> out = new ArrayList<>();
        for (String p : PHASES) if (named.contains(p)) out.add(p);
        return out;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + s + "\n" + USAGE);
        }
    }
}
