package org.fonds.parse.describe;

import java.util.List;

/**
 * Where a Soviet cable was sent from, as its header writes it: "from PEKING   received at 0810 12 October 1949",
 * "Copy Nº 5 to the 8th Department from BEIPING received at 07:45 27" (the VKP(b) CC's copies of ciphered telegrams on
 * WCDA's pages and in their PDF exports), "From BELGRADE" alone on its line under "Coded Telegram", "From Budapest
 * Priority" (the Foreign Ministry's coded telegrams). The city stands in capitals after "from", then the time of receipt
 * or the priority, or nothing; a "from" in a sentence ("a telegram from Moscow received yesterday") has the city in
 * lower case after its capital, and no line of a text reads "From MOSCOW" alone.
 */
final class CableOrigin {
    private static final String RECEIVED = "received";
    private static final int MAX_LINE = 200;

    private CableOrigin() {
    }

    /** The city the first cable header among {@code lines} names, as written, or null. */
    static String of(List<String> lines) {
        for (String line : lines) {
            String s = line.strip();
            if (s.length() > MAX_LINE) continue;
            if (s.startsWith("From ") || s.startsWith("from ")) {
                String city = cityAt(s, 5, true);
                if (city != null) return city;
            }
            // the header run on from its copies' line: "… to the 8th Department from BEIPING received at …"
            for (int at = s.indexOf(" from "); at >= 0; at = s.indexOf(" from ", at + 1)) {
                String city = cityAt(s, at + 6, false);
                if (city != null) return city;
            }
        }
        return null;
    }

    /**
     * The city at {@code start} when what follows it closes a header: the line's end (for a line that opens with
     * "From"), the time of receipt, or the priority. In capitals, or capitalised before a priority.
     */
    private static String cityAt(String s, int start, boolean lineOpens) {
        int end = start;
        while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
        if (end - start < 3 || !Character.isUpperCase(s.charAt(start))) return null;
        String city = s.substring(start, end);
        boolean capitals = city.chars().allMatch(Character::isUpperCase);
        String rest = s.substring(end).strip();
        if (rest.startsWith(RECEIVED)) return capitals ? city : null;
        if (rest.equalsIgnoreCase("priority")) return city;
        return lineOpens && rest.isEmpty() && capitals ? city : null;
    }
}
