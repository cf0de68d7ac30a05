package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.fonds.deliberation.Corpus;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;

/**
 * {@link PersonName#tokens} tries the glued initials' pattern only on a token with a dot before its
 * last character: held to the tokens of the pattern tried on every token (kept here), on every run of
 * the real records, the seeds and generated records, and on random forms.
 */
class PersonNameTokensTest {
    private static final Pattern GLUED = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.){2,4}");

    @Test
    @NeedsShared("corpus/real/docs")
    void theRealRecordsRunsTokenizeAsBefore() {
        int glued = 0;
        for (ArchiveRecord r : Corpus.parsed(org.fonds.parse.Seeds.corpus("real/docs")).values()) glued += same(r);
        assertThat(glued).as("runs with glued initials in the real records").isGreaterThanOrEqualTo(0);
    }

    @Test
    @NeedsShared("corpus/seeds")
    void theSeedsAndGeneratedRecordsRunsTokenizeAsBefore() {
        for (ArchiveRecord r : Seeds.records()) same(r);
        Generator g = new Generator(1956);
        for (int i = 0; i < 500; i++) same(g.generate(i).expected());
    }

    @Test
    void randomFormsTokenizeAsBefore() {
        String[] parts = {"N.", "S.", "N.S.", "Kh.", "A[nastas]", "I.V.", "Ya.", "Cde.", "Khrush.", ".", "..", "A.B.C.D.E.", "a.b.", "É.",
                "Nagy", " ", "  ", "\t", "\n", "Mr", "J.-P.", "[", "]", "[A.]B.", "x.", "Ab.Cd.", "AB.C."};
        Random random = new Random(1956);
        int glued = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder form = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) form.append(parts[random.nextInt(parts.length)]);
            if (same(form.toString())) glued++;
        }
        assertThat(glued).as("random forms with glued initials").isGreaterThan(1_000);
    }

    private static int same(ArchiveRecord r) {
        List<String> texts = new ArrayList<>(List.of(r.body()));
        if (r.title() != null) texts.add(r.title());
        for (Note n : r.notes()) texts.add(n.text());
        int glued = 0;
        for (String t : texts) for (Runs.Run run : Runs.find(t)) if (same(run.text())) glued++;
        return glued;
    }

    /** Asserts the tokens are the former ones; true when the form held glued initials. */
    private static boolean same(String form) {
        List<String> before = tokensBefore(form);
        assertThat(PersonName.tokens(form)).as(form).isEqualTo(before);
        return before.size() > words(form).size();
    }

    /** The words between white space as {@link Character#isWhitespace} says, as {@link PersonName#tokens} cuts them. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
        return out;
    }

    /** {@link PersonName#tokens} as it was: the pattern tried on every token. */
    private static List<String> tokensBefore(String written) {
        List<String> out = new ArrayList<>();
        for (String t : words(written)) {
            if (t.indexOf('[') > 0) t = t.replace("[", "").replace("]", "");
            if (t.indexOf('.') < t.length() - 1 && GLUED.matcher(t).matches()) {
                int from = 0;
                for (int k = 0; k < t.length(); k++) {
                    if (t.charAt(k) == '.') {
                        out.add(t.substring(from, k + 1));
                        from = k + 1;
                    }
                }
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
