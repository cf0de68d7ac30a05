package org.fonds.web.room;

import java.util.List;

/**
 * What the problems page shows: the files ingest refused (by name, never a path of the machine
 * that ingested them), the warnings by code with how many documents have each, and the documents
 * with warnings, each with its warnings and their lines.
 */
public record ProblemsView(List<RefusedFile> refused, List<SkippedDocument> skipped, List<WarningCount> codes, long warned,
                           List<WarnedDocument> documents, String allWarned, String previous, String next) {

    /**
     * A stored document a later stage went on without. The reason stays with the archivist
     * ({@code fonds problems}): it may name paths of the machine, which a public page never shows.
     */
    public record SkippedDocument(String id, String title, String date, String url, String code, String stage) {}

    public record RefusedFile(String name, String code, int line, String message, String keptAt) {
        public String where() {
            return line > 0 ? name + ":" + line : name;
        }
    }

    public record WarningCount(String code, long documents, String url) {}

    public record WarnedDocument(String title, String url, String date, List<WarningLine> warnings) {}

    public record WarningLine(String code, int line, String message) {}
}
