package org.fonds.web.room;

import java.util.List;

/**
 * What the document page shows, ready for the template; {@code sessionUrl} is set when the document is a session;
 * {@code otherSources}: the same text as another publisher gives it (one work, several sources), each labelled
 * with where it was published and its title.
 */
public record DocumentView(String id, String title, String date, String dateText, int version, boolean latest,
                           String summary, String originalLanguage, String translationLanguage, String chicago, String citation,
                           List<Link> archivalFiles, List<String> references, List<Link> participants,
                           List<String> protocol, List<Paragraph> body, List<NoteView> notes, List<VersionView> versions,
                           List<Link> exports, List<Meta> meta, String jsonLd, String sourceUrl, String sourceLink,
                           String repository, String sessionUrl, List<Fact> described, List<Fact> warnings,
                           List<Link> otherSources) {

    /**
     * A fact the record states of itself, as written: its kind, who sent it to whom, from where, its
     * security marking, who translated it, who chaired the meeting.
     */
    public record Fact(String label, String value) {}

    /** A labelled link. */
    public record Link(String label, String url) {}

    /** A paragraph of the translation: who opens a turn in it, if anyone, then its pieces. */
    public record Paragraph(List<Inline> pieces, boolean opensTurn) {}

    /**
     * A piece of a paragraph: plain text; a note marker (note {@code n}, its anchor id, the note's
     * text for the pop-up); or the attribution that opens a turn, with links to the people.
     */
    public record Inline(String text, int note, String anchor, String noteText, List<Link> speakers) {
        public boolean isMarker() {
            return note > 0;
        }

        public boolean isSpeaker() {
            return speakers != null;
        }
    }

    /** A translator's note with the anchors of its markers in the text, to link back. */
    public record NoteView(int n, String text, List<String> anchors) {
        public String id() {
            return "note-" + n;
        }
    }

    /** A version: when in words, the instant for {@code <time datetime>}, what made it, and what it changed from the one before. */
    public record VersionView(int version, String created, String instant, String message, String changed, String url, boolean shown) {}

    /** A {@code <meta name content>} for reference managers. */
    public record Meta(String name, String content) {}
}
