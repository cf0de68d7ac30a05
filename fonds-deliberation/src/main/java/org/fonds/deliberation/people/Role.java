package org.fonds.deliberation.people;

/** How a person appears in a document. */
public enum Role {
    /** Named in a "Those Taking Part" list or the title's "with Participation by". */
    PARTICIPANT,
    /** Opens a turn ("Cde. Zhukov—"). */
    SPEAKER,
    /** Named anywhere else in the contents or the notes. */
    MENTIONED,
    /** Named in a task ("Cde. Kadar is to say ..."). */
    TASKED
}
