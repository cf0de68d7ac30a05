package org.fonds.deliberation.people;

import java.util.HashMap;
import java.util.Map;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PersonLink;
import org.fonds.record.VolumePerson;

/**
 * The people an edition's editors identified (a FRUS volume's list of persons and its
 * {@code persName} markup): each person of the record's list is a stated name in full with the
 * volume's identification as their description; each marked name is stated, and a bare surname
 * marked as one of them ("Kadar" pointing to "Kádár, János") carries that person's full name as its
 * hint, which settles a surname several people share. Those full names then meet the same people
 * named in the text exports by the ordinary rules: "János Kádár" is one person, whoever names him.
 */
final class EditionNames {
    private EditionNames() {
    }

    static void into(ArchiveRecord record, Map<Occurrence, Boolean> out, Map<String, String> descriptions) {
        Map<String, String> fullByRef = new HashMap<>();
        for (VolumePerson p : record.persons()) {
            String full = natural(p.name());
            if (full.isEmpty()) continue;
            fullByRef.put(p.ref(), full);
            out.putIfAbsent(new Occurrence(full, Role.MENTIONED, null, true), true);
            if (!p.identification().isEmpty()) descriptions.putIfAbsent(full, p.identification());
        }
        for (PersonLink l : record.personLinks()) {
            String hint = l.ref() == null ? null : fullByRef.get(l.ref());
            if (!l.form().isBlank()) out.putIfAbsent(new Occurrence(l.form().strip(), Role.MENTIONED, hint, true), true);
        }
    }

    /**
     * A list's "Surname, Given" as a name is written in running text: "Kádár, János" is "János Kádár";
     * "Amory, Robert, Jr." is "Robert Amory" (a generational suffix names no one apart); a name
     * without a comma stays as it is.
     */
    static String natural(String listed) {
        String s = listed.strip();
        int comma = s.indexOf(',');
        if (comma < 0) return s;
        String surname = s.substring(0, comma).strip();
        String given = s.substring(comma + 1).replaceAll(",?\\s*\\b(Jr|Sr)\\.?$", "").replace(",", " ").strip();
        return given.isEmpty() ? surname : given + " " + surname;
    }
}
