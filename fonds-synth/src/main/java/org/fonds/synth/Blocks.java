package org.fonds.synth;

import java.util.List;

/** The parts of a synthetic body, planned before they are written (so note markers can be spread). */
final class Blocks {
    private Blocks() {
    }

    /** A sentence; {@code mention} (if any) is a date inside it the parser must report. */
    record Sentence(String text, String mention, String iso) {
        Sentence(String text) {
            this(text, null, null);
        }
    }

    sealed interface Block permits TitleLine, Participants, Heading, Turn, Plain {
        /** Places a note marker may follow. */
        int slots();
    }

    record TitleLine(String text, String mention, String iso, String protocol) implements Block {
        public int slots() {
            return 1;
        }
    }

    record Participants(List<String> written, List<String> continuation, boolean group) implements Block {
        public int slots() {
            return 1;
        }
    }

    enum HeadingKind { PLAIN, MARKDOWN, ROMAN }

    record Heading(String text, HeadingKind kind) implements Block {
        public int slots() {
            return 1;
        }
    }

    enum Attribution { EM_DASH, EN_DASH, HYPHEN, COLON, CDES_LIST, SEVERAL_CDES, PAGE_BREAK, BARE }

    record Turn(Attribution form, List<String> speakers, List<Sentence> sentences) implements Block {
        public int slots() {
            return sentences.size();
        }
    }

    enum PlainKind { REPORTED, TASK, LIST_ENTRY, SPEAKER_IN_PARENTHESES, CONTINUATION }

    record Plain(PlainKind kind, List<Sentence> sentences) implements Block {
        public int slots() {
            return kind == PlainKind.SPEAKER_IN_PARENTHESES ? 0 : sentences.size();
        }
    }
}
