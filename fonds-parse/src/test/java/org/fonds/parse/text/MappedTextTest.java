package org.fonds.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link MappedText} keeps its origins as runs; after any sequence of appends, truncations and reads,
 * every char's origin must be the one a plain list of an origin per char gives.
 */
class MappedTextTest {
    /** The reference: a char and an origin per char, as the text kept them before. */
    private static final class PerChar {
        final StringBuilder chars = new StringBuilder();
        final List<Integer> origins = new ArrayList<>();

        int originAt(int i) {
            return origins.isEmpty() ? 0 : origins.get(Math.max(0, Math.min(i, origins.size() - 1)));
        }

        void setLength(int n) {
            chars.setLength(n);
            origins.subList(n, origins.size()).clear();
        }
    }

    @Test
    void everyCharKeepsTheOriginAPerCharListGives() {
        SplittableRandom random = new SplittableRandom(1957);
        String source = "Cde. Khrushchev:  the  situation\nin Hungary (1) is [2] grave.\n\n".repeat(20);
        for (int t = 0; t < 3_000; t++) {
            MappedText text = new MappedText(random.nextInt(0, 40));
            PerChar ref = new PerChar();
            List<MappedText> others = new ArrayList<>();
            List<PerChar> otherRefs = new ArrayList<>();
            for (int op = random.nextInt(1, 60); op > 0; op--) {
                switch (random.nextInt(6)) {
                    case 0 -> { // a char from somewhere: the next offset, the same, or any
                        int last = ref.originAt(ref.chars.length() - 1);
                        int origin = switch (random.nextInt(3)) {
                            case 0 -> last + 1;
                            case 1 -> last;
                            default -> random.nextInt(0, source.length());
                        };
                        char c = source.charAt(random.nextInt(source.length()));
                        text.append(c, origin);
                        ref.chars.append(c);
                        ref.origins.add(origin);
                    }
                    case 1 -> {
                        int from = random.nextInt(0, source.length());
                        int to = Math.min(source.length(), from + random.nextInt(0, 30));
                        text.appendSource(source, from, to);
                        ref.chars.append(source, from, to);
                        for (int i = from; i < to; i++) ref.origins.add(i);
                    }
                    case 2 -> {
                        if (others.isEmpty()) break;
                        int k = random.nextInt(others.size());
                        MappedText other = others.get(k);
                        PerChar otherRef = otherRefs.get(k);
                        int from = random.nextInt(0, other.length() + 1);
                        int to = random.nextInt(from, other.length() + 1);
                        text.append(other, from, to);
                        ref.chars.append(otherRef.chars, from, to);
                        ref.origins.addAll(otherRef.origins.subList(from, to));
                    }
                    case 3 -> {
                        int n = random.nextInt(0, ref.chars.length() + 1);
                        text.setLength(n);
                        ref.setLength(n);
                    }
                    case 4 -> {
                        text.trimEnd();
                        int n = ref.chars.length();
                        while (n > 0 && ref.chars.charAt(n - 1) == ' ') n--;
                        ref.setLength(n);
                    }
                    default -> { // reads in any order move the text's cursor
                        if (text.length() > 0) {
                            int i = random.nextInt(-2, text.length() + 2);
                            assertThat(text.originAt(i)).isEqualTo(ref.originAt(i));
                        }
                    }
                }
                if (random.nextInt(8) == 0) {
                    others.add(text);
                    otherRefs.add(ref);
                    MappedText copy = new MappedText(4);
                    copy.append(text, 0, text.length());
                    PerChar copyRef = new PerChar();
                    copyRef.chars.append(ref.chars);
                    copyRef.origins.addAll(ref.origins);
                    text = copy;
                    ref = copyRef;
                }
            }
            assertThat(text.toString()).isEqualTo(ref.chars.toString());
            for (int i = -1; i <= text.length(); i++) {
                assertThat(text.originAt(i)).as("char %d of \"%s\"", i, text).isEqualTo(ref.originAt(i));
            }
            for (int i = text.length() - 1; i >= 0; i -= 3) assertThat(text.originAt(i)).isEqualTo(ref.originAt(i));
        }
    }
}
