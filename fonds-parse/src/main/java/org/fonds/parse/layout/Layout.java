package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import org.fonds.parse.dates.Dates;

/**
 * One publisher's way of laying out a record. {@link #recognises} looks at the first lines and the last
 * ones only (cheap: it runs on every input); the other methods let a layout say what the generic reader
 * ({@link PageReader}) cannot guess. Defaults fit an ordinary web page.
 */
public interface Layout {
    /** The name written in the record's {@code layout} field. */
    String name();

    /** Whether the text whose first lines are {@code head} is in this layout. */
    boolean recognises(List<Line> head);

    /**
     * Whether the text whose first lines are {@code head} and last lines {@code tail} is in this layout:
     * a layout that sets its own block after the text looks at the tail too.
     */
    default boolean recognises(List<Line> head, List<Line> tail) {
        return recognises(head);
    }

    /** What this layout sets after the text (a summary, a source block), read from the text's last lines. */
    default Optional<Trailer> trailer(List<Line> tail) {
        return Optional.empty();
    }

    /** A line of the publisher's own (a banner, a funding line, a button): never title, never body. */
    default boolean chrome(String line) {
        return Chrome.common(line);
    }

    /** The title, where this layout knows better than the generic rules; the lines are the header's. */
    default Optional<String> title(List<Line> head) {
        return Optional.empty();
    }

    /**
     * Whether this layout's {@link #title} is one line of the header, whole: the generic reader then joins no line to
     * it. The lines it would have joined are not the title's (the layout's title replaces what it joined), and they
     * would be lost from the text: FRUS's subject under "481. Memorandum of Conversation0", or its first participant.
     */
    default boolean titleOnOneLine() {
        return false;
    }

    /** The document's date, where this layout knows where it stands. */
    default Optional<Dates.Found> date(List<Line> head) {
        return Optional.empty();
    }

    /**
     * Whether this layout's {@link #date} outranks a line that is only a date above it: a page whose metadata lists the
     * dates of the copy before the document's (CREST's "Document Creation Date:" over its "Publication Date:").
     */
    default boolean ownDateFirst() {
        return false;
    }

    /** Where the document was written, where this layout sets it apart (FRUS's dateline). */
    default Optional<String> place(List<Line> head) {
        return Optional.empty();
    }

    /** A line citing where the document is kept, where this layout sets one without the words of a citation. */
    default Optional<String> sourceLine(List<Line> head) {
        return Optional.empty();
    }

    /**
     * The document's source note where this layout sets it above the text rather than among the notes at its end (the
     * Department's older FRUS sites: "/1/Source: Department of State, …"): its words after "Source: ".
     */
    default Optional<String> sourceNote(List<Line> head) {
        return Optional.empty();
    }

    /** The security marking, where this layout has a field for it. */
    default Optional<String> classification(List<Line> head) {
        return Optional.empty();
    }

    /**
     * Where the text starts (a source offset), where this layout knows it better than "after the last header line":
     * CREST's "Body:", a cable's first numbered paragraph, a book excerpt's omission mark after the headnote; -1 if not.
     */
    default int bodyStart(List<Line> head) {
        return -1;
    }

    /** The summary, where this layout sets one the generic reader cannot tell (a book's headnote run into its title). */
    default Optional<String> summary(List<Line> head) {
        return Optional.empty();
    }

    /** The translators, where this layout names them on a line of their own (a book site's "Traduction de …"); empty if not. */
    default List<String> translators(List<Line> head) {
        return List.of();
    }

    /** The kind of document, where the layout is of one kind only (a cable is a telegram). */
    default Optional<String> kind(List<Line> head) {
        return Optional.empty();
    }

    /** The senders, where this layout has a field for them (a cable's "FM" line); empty if not. */
    default List<String> from(List<Line> head) {
        return List.of();
    }

    /** The addressees, where this layout has a field for them (a cable's "TO" lines); empty if not. */
    default List<String> to(List<Line> head) {
        return List.of();
    }

    /** The sender as this layout signs its text, where no heading names one (CREST's name above its "STAT" mark); empty if not. */
    default List<String> signer(String body) {
        return List.of();
    }

    /**
     * Whether the text may hold speakers' turns. A cable's does not: its text is the sender's report, in capitals, and
     * every capitals line ending a sentence would read as a label ("LAST MARCH OR APRIL.", "TAGS:").
     */
    default boolean hasTurns() {
        return true;
    }

    /** Whether each line of the contents is a paragraph of its own (no blank lines between them). */
    default boolean linesAreParagraphs() {
        return true;
    }
}
