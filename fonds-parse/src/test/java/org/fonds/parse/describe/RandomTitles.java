package org.fonds.parse.describe;

import java.util.SplittableRandom;

/** Titles made of pieces and joins drawn at random: for holding a hand-written reading to the pattern it replaces. */
final class RandomTitles {
    private RandomTitles() {
    }

    /** One title of 1 to {@code maxPieces - 1} pieces, each followed by a join. */
    static String next(SplittableRandom random, String[] pieces, String[] joins, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(1, maxPieces); k > 0; k--) {
            sb.append(pieces[random.nextInt(pieces.length)]).append(joins[random.nextInt(joins.length)]);
        }
        return sb.toString();
    }
}
