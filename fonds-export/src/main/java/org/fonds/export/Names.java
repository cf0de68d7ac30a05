package org.fonds.export;

import java.util.List;

/** Lists of names in running prose, as Chicago writes them: "A", "A and B", "A, B, and C". */
final class Names {
    private Names() {
    }

    static String prose(List<String> names) {
        List<String> clean = names.stream().map(Clean::oneLine).filter(n -> !n.isEmpty()).toList();
        return switch (clean.size()) {
            case 0 -> "";
            case 1 -> clean.getFirst();
            case 2 -> clean.get(0) + " and " + clean.get(1);
            default -> String.join(", ", clean.subList(0, clean.size() - 1)) + ", and " + clean.getLast();
        };
    }
}
