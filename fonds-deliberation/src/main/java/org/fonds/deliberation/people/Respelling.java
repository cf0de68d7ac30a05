package org.fonds.deliberation.people;

/**
 * Whether two names of one surname are the same given name spelled two ways, as an editor's bracket
 * gives another romanisation ("Pak Gyeong-sun [Pak Kyong-sun]", "Kim Il Sung [Kim Il-sung]"): the
 * given names' letters, folded, differ by at most a third of their length. Another given name
 * ("Imre Nagy [Ferenc Nagy]", an editor naming who was meant) is not a spelling.
 */
final class Respelling {
    private Respelling() {
    }

    static boolean of(PersonName a, PersonName b) {
        if (a.bare() || b.bare() || a.initialOnly() || b.initialOnly()) return false;
        String x = letters(a);
        String y = letters(b);
        return distance(x, y) * 3 <= Math.max(x.length(), y.length());
    }

    private static String letters(PersonName n) {
        return Fold.fold(String.join("", n.given())).replaceAll("[^\\p{L}]+", "");
    }

    /** Levenshtein distance; given names are short. */
    static int distance(String x, String y) {
        int[] row = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) row[j] = j;
        for (int i = 1; i <= x.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[y.length()];
    }
}
