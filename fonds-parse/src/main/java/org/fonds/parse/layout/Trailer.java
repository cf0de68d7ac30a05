package org.fonds.parse.layout;

/**
 * What the archive's current page sets after the text: an unlabelled summary, then the "Document
 * Information" / "Source" block. Offsets are the source's: {@code blockStart} where the block's first
 * label stands, {@code summaryStart} where the summary paragraph stands (-1: none), so the text ends
 * at the summary, or at the block where there is none. Empty labels give no values: {@code null}.
 */
public record Trailer(int blockStart, int summaryStart, String summary, String citation, String language) {
    /** Where the text ends when the summary is taken, and where the header's lines must stop. */
    public int textEnd() {
        return summaryStart >= 0 ? summaryStart : blockStart;
    }
}
