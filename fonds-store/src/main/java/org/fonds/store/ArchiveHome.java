package org.fonds.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files and folders of an archive home ({@code --home}), named here and nowhere else: the OCFL
 * storage root, the work folder where versions are assembled (on the same volume, so that installing
 * a version is a rename), the kept refused inputs, the derived index and tables (and the first page's answers kept beside them), the editors' people
 * authority, the OAI-PMH token key, and the lock file of the one process that may write.
 */
public record ArchiveHome(Path root) {
    public ArchiveHome {
        root = root.toAbsolutePath().normalize();
    }

    public Path ocfl() {
        return root.resolve("ocfl");
    }

    public Path work() {
        return root.resolve("work");
    }

    public Path problems() {
        return root.resolve("problems");
    }

    /** The embedded search index: derived data, rebuilt from the store by {@code reindex}. */
    public Path index() {
        return root.resolve("index");
    }

    /**
     * Tables derived from the stored records (people, sessions, references): like the index, rebuilt
     * from the store by {@code reindex}.
     */
    public Path derived() {
        return root.resolve("derived");
    }

    /** The editors' people authority, when they keep one (format: README-authority.md). */
    public Path authority() {
        return root.resolve("authority.json");
    }

    /** The accounts of those who may sign in and correct the archive, readable by the owner only. */
    public Path accounts() {
        return root.resolve("accounts.json");
    }

    /**
     * The id of the record an editor's correction is writing: present from before its store write
     * until index and tables have it, so a writer opening the home after a crash finishes the job.
     */
    public Path correctionInFlight() {
        return derived().resolve("correction-in-flight");
    }

    /** The key that signs OAI-PMH resumption tokens, so a harvest goes on across a restart. */
    public Path oaiTokenKey() {
        return root.resolve("oai-token.key");
    }

    /**
     * The OAI-PMH catalog (every document's version, datestamp and sets), kept by every writing
     * operation beside the derived tables so a server never scans the store for it.
     */
    public Path oaiCatalog() {
        return derived().resolve("oai.db");
    }

    /**
     * The answers of a server's first page (its searches of the whole index), kept beside the index
     * with the commit they are of, so the next start on that commit shows the page without counting.
     */
    public Path keptAnswers() {
        return derived().resolve("first-page.answers");
    }

    /** Where {@code fonds tables} writes its CSV files unless told otherwise. */
    public Path tablesOut() {
        return root.resolve("tables");
    }

    /** The stored documents a derived stage (the index, the tables) went on without, with why. */
    public Path skipped() {
        return derived().resolve("skipped.json");
    }

    public Path lockFile() {
        return root.resolve("write.lock");
    }

    /** Creates the folders that do not exist yet. */
    public ArchiveHome create() throws IOException {
        Files.createDirectories(ocfl());
        Files.createDirectories(work());
        Files.createDirectories(problems());
        return this;
    }
}
