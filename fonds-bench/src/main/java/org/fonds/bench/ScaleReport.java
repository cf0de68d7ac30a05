package org.fonds.bench;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code bench scale} measured, kept as {@code report.json} in the run's folder so that a run
 * in several sittings prints one table: each step's figures with when it ran and the load then
 * (a figure taken on a busy machine says so). A figure not measured yet is null and printed as such.
 */
final class ScaleReport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .enable(SerializationFeature.INDENT_OUTPUT);

    static final String GENERATE = "generate";

    int count;
    int threads;
    Integer baselineSample;
    Double luceneRate;
    Double ocflRate;
    /** Files ingested so far, in the order of the input folder; a batch goes on from here. */
    int ingestedFiles;
    int ingestRuns;
    Double ingestSeconds;
    Double tablesBuild;
    Double updateSeconds;
    Double updateTables;
    Double verifySeconds;
    Integer verifyProblems;
    double[] search;
    Double firstPage;
    double[] personPage;
    double[] sessionPage;
    Long serveRss;
    Long serveHeap;
    /** For each step: when it last ran and the load average before it. */
    Map<String, String> measured = new LinkedHashMap<>();
    /** For each step (and the input's generation): its wall time in seconds when it last ran, for a projection to larger N. */
    Map<String, Double> wall = new LinkedHashMap<>();

    ScaleReport() {
    }

    /** The report kept in {@code file}, or a new one when there is none or it is of another count. */
    static ScaleReport load(Path file, int count, int threads) throws IOException {
        if (Files.isRegularFile(file)) {
            ScaleReport kept = JSON.readValue(file.toFile(), ScaleReport.class);
            if (kept.count == count) return kept;
        }
        ScaleReport r = new ScaleReport();
        r.count = count;
        r.threads = threads;
        return r;
    }

    /** Notes that {@code phase} runs now, with the load before it. */
    void starting(String phase, String load) {
        measured.put(phase, Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", load " + load);
    }

    /** Notes that {@code phase} took {@code seconds} of wall time, set-up included. */
    void finished(String phase, double seconds) {
        wall.put(phase, seconds);
    }

    void addIngest(int files, double seconds, double tables) {
        ingestedFiles += files;
        ingestRuns++;
        ingestSeconds = (ingestSeconds == null ? 0 : ingestSeconds) + seconds;
        tablesBuild = (tablesBuild == null ? 0 : tablesBuild) + tables;
    }

    /** Written whole to a file beside it and moved over the old one, so a crash leaves one or the other. */
    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The table of BENCHMARKS.md with the aims of issue 14, then when each step ran. */
    void print(PrintStream out) {
        out.printf("%n%,d generated records; %d cores; %s %s%n", count, threads, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        out.println("| what | measured | aim |");
        out.println("|---|---|---|");
        if (baselineSample == null) out.println("| raw Lucene / raw OCFL alone | not measured | |");
        else out.printf("| raw Lucene / raw OCFL alone (first %,d records) | %s / %s docs/s | |%n", baselineSample,
                num(luceneRate, "%,.0f"), num(ocflRate, "%,.0f"));
        String batches = ingestRuns > 1 ? String.format(" in %d runs", ingestRuns) : "";
        String partial = ingestedFiles < count ? String.format(", %,d of %,d files so far", ingestedFiles, count) : "";
        out.printf("| ingest, tables included | %s docs/s (%s s; tables %s s%s%s) | >= 500 docs/s |%n", num(ingestRate(), "%,.0f"),
                num(ingestSeconds, "%.0f"), num(tablesBuild, "%.1f"), batches, partial);
        Double slower = luceneRate == null || ocflRate == null ? null : Math.min(luceneRate, ocflRate);
        Double ratio = slower == null || ingestRate() == null ? null : slower / ingestRate();
        out.printf("| ingest time / slower baseline's | %s | <= 2 |%n", num(ratio, "%.2f"));
        out.printf("| update after %d changed records | %s s (tables %s s) | tables <= 5 s |%n", ScaleBench.CHANGED,
                num(updateSeconds, "%.1f"), num(updateTables, "%.1f"));
        out.printf("| verify | %s s, %s problems | |%n", num(verifySeconds, "%.1f"), num(verifyProblems));
        out.printf("| search, faceted and highlighted, p50 / p99 | %s ms | |%n", pair(search));
        out.printf("| serve: first page after start | %s s | <= 1 s |%n", num(firstPage, "%.2f"));
        out.printf("| person page p50 / p99 | %s ms | p99 <= 100 ms |%n", pair(personPage));
        out.printf("| session page p50 / p99 | %s ms | p99 <= 100 ms |%n", pair(sessionPage));
        out.printf("| serve heap after GC / RSS | %s / %s MB | RSS <= 2,048 MB |%n", num(serveHeap), num(serveRss));
        out.println();
        measured.forEach((phase, when) -> out.printf("%s: %s%s%n", phase, when,
                wall.containsKey(phase) ? String.format("; %.1f s wall", wall.get(phase)) : ""));
        if (wall.containsKey(GENERATE)) out.printf("%s (the input, before the steps): %.1f s wall%n", GENERATE, wall.get(GENERATE));
    }

    Double ingestRate() {
        return ingestSeconds == null || ingestSeconds == 0 ? null : ingestedFiles / ingestSeconds;
    }

    private static String num(Double v, String format) {
        return v == null ? "not measured" : String.format(format, v);
    }

    private static String num(Number v) {
        return v == null ? "not measured" : String.format("%,d", v.longValue());
    }

    private static String pair(double[] p) {
        return p == null ? "not measured" : String.format("%.1f / %.1f", p[0], p[1]);
    }
}
