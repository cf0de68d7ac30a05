package org.fonds.parse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One pass for many literals finds what one {@code indexOf} a literal finds ({@link Anchors.Scan}). */
class LiteralsTest {
    /** Pieces that make literals overlap, nest and share suffixes, and chars past ASCII between them. */
    private static final String[] PIECES = {"a", "b", "ab", "ba", "aab", " ", ":", "P", "Pre", "sent", "é", "\n", "Б"};

    @Test
    void everyStartOfEveryLiteralIsFoundInOrderAsIndexOfFindsIt() {
        SplittableRandom random = new SplittableRandom(29);
        for (int t = 0; t < 20_000; t++) {
            String[] literals = new String[random.nextInt(1, 7)];
            for (int i = 0; i < literals.length; i++) literals[i] = ascii(random.nextInt(1, 4), random);
            String text = text(random.nextInt(0, 40), random);
            Literals.Positions one = Literals.of(literals).in(text);
            Anchors.Scan each = new Anchors.Scan(text, literals);
            for (int from = 0; from <= text.length() + 1; from++) {
                assertThat(one.next(from)).as("%s in \"%s\" from %d", String.join("|", literals), text, from)
                        .isEqualTo(each.next(from));
            }
        }
    }

    @Test
    void aLiteralInsideAnotherAndOneEndingAnotherAreBothFound() {
        Literals words = Literals.of("Present", "sent", "resent:", "t");
        Literals.Positions found = words.in("Present: X");
        assertThat(found.next(0)).isZero();
        assertThat(found.next(1)).isEqualTo(1); // "resent:"
        assertThat(found.next(2)).isEqualTo(3); // "sent"
        assertThat(found.next(4)).isEqualTo(6); // "t"
        assertThat(found.next(7)).isEqualTo(-1);
        assertThat(words.in("no name here").isEmpty()).isTrue();
    }

    @Test
    void anEmptyOrNonAsciiLiteralIsRefused() {
        assertThatThrownBy(() -> Literals.of("Present", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Literals.of("Président")).hasMessageContaining("not ASCII");
    }

    private static String ascii(int pieces, SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < pieces) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (piece.chars().allMatch(c -> c < 128)) sb.append(piece);
        }
        return sb.toString();
    }

    private static String text(int pieces, SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
        return sb.toString();
    }
}
