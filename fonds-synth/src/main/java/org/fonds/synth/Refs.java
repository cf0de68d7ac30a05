package org.fonds.synth;

import java.util.Set;
import org.fonds.record.ArchivalReference;

/** Fictional archival references in the Russian style, with their OCR slips. */
final class Refs {
    record Written(String text, ArchivalReference reference) {
    }

    private Refs() {
    }

    static Written write(Dice dice, Set<Variant> variants) {
        String archive = dice.pick(Vocabulary.ARCHIVES);
        String fond = dice.chance(0.2) ? "0" + dice.between(10, 99) + "a" : Integer.toString(dice.between(1, 99));
        String opis = Integer.toString(dice.between(1, 80));
        String delo = Integer.toString(dice.between(1, 1500));
        int first = dice.between(1, 300);
        String leaves;
        String written;
        switch (dice.between(0, 3)) {
            case 0 -> {
                leaves = Integer.toString(first);
                written = "L. " + leaves;
            }
            case 1 -> {
                leaves = first + "-" + (first + dice.between(1, 9));
                variants.add(Variant.LEAVES_OCR_LI);
                written = "LI. " + leaves;
            }
            case 2 -> {
                leaves = first + "-" + (first + dice.between(1, 9)) + "ob";
                variants.add(Variant.LEAVES_OB);
                written = "Ll. " + leaves;
            }
            default -> {
                leaves = first + "-" + (first + dice.between(1, 9));
                written = "Ll. " + leaves;
            }
        }
        String text = archive + ", F. " + fond + ", Op. " + opis + ", D. " + delo + ", " + written;
        return new Written(text, new ArchivalReference(archive, fond, opis, null, delo, leaves, text));
    }
}
