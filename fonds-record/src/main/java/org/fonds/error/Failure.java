package org.fonds.error;

/**
 * What kind of failure a {@link FondsException} is, which is all the web needs to choose a status
 * and the command line an exit code: each is mapped once, there.
 */
public enum Failure {
    /** The caller asked wrongly: a bad option, a home that is not there, a version that is no number. */
    USAGE,
    /** The request is well formed but asks for something the archive cannot take, such as a query it cannot parse. */
    BAD_INPUT,
    /** No such document, version, person or page. */
    NOT_FOUND,
    /** A stored copy failed its fixity check or is missing: it must not be served as the preserved one. */
    DAMAGED,
    /** Something the archive needs is busy or out of reach for now: the home's lock, a Solr cluster. */
    UNAVAILABLE,
    /** The machine failed the archive: a full disk, a read-only home, an I/O error; named with file and stage. */
    ENVIRONMENT,
    /** A bug: nothing the user did explains it. */
    INTERNAL
}
