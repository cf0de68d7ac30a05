package org.fonds.deliberation.people;

/** How a person appears in a document. */
public enum Role {
    /** Named in a "Those Taking Part" list, an attendance line or the title's "with Participation by". */
    PARTICIPANT,
    /** Opens a turn ("Cde. Zhukov—", "Khrush.:") or is listed among those who spoke on an agenda item. */
    SPEAKER,
    /** Named anywhere else in the title, summary, contents or notes. */
    MENTIONED,
    /** Named in a task ("Cde. Kadar is to say ..."). */
    TASKED,
    /** Wrote or sent the document. */
    AUTHOR,
    /** The document is addressed to them. */
    RECIPIENT,
    /** Chaired the meeting the document records. */
    CHAIR
}
