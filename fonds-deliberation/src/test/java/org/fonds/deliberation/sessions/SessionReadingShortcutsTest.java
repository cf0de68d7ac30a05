package org.fonds.deliberation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.fonds.deliberation.Corpus;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;

/**
 * Two shortcuts of a session's reading, held to the reading they stand for: the sentence cuts
 * merged in order instead of put one by one in a tree set, and a task read only from a sentence
 * holding an opening word or an assigning phrase ({@link Resolutions#mayAssign}). On the real
 * records, the seeds, generated records and random bodies.
 */
class SessionReadingShortcutsTest {
    @Test
    @NeedsShared("corpus/real/docs")
    void theRealRecordsSplitAndAssignAsBefore() {
        int tasks = 0;
        for (ArchiveRecord r : Corpus.parsed(Seeds.corpus("real/docs")).values()) tasks += same(r.body(), headings(r));
        assertThat(tasks).as("tasks in the real records").isGreaterThan(0);
    }

    @Test
    @NeedsShared("corpus/seeds")
    void theSeedsAndGeneratedRecordsSplitAndAssignAsBefore() {
        int tasks = 0;
        for (ArchiveRecord r : Seeds.records()) tasks += same(r.body(), headings(r));
        assertThat(tasks).as("tasks in the seeds").isGreaterThan(0);
        Generator g = new Generator(1956);
        tasks = 0;
        for (int i = 0; i < 500; i++) {
            ArchiveRecord r = g.generate(i).expected();
            tasks += same(r.body(), headings(r));
        }
        assertThat(tasks).as("tasks in generated records").isGreaterThan(0);
    }

    @Test
    void randomBodiesSplitAndAssignAsBefore() {
        String[] parts = {"Cde. ", "Cdes. ", "Comrade ", "Kadar", "Suslov", "Mikoyan", ", ", " and ", " is to ", " are to ", ", is to ",
                " should ", " must ", "— to ", "—to ", "– to ", " – to ", "To ", "Instruct ", "Entrust ", "Charge ", "Assign ",
                "Commission ", " + Hungarian comrades", "say it", "prepare measures", ". ", ".", "? ", "! ", "\n", "\n\n", "2) ",
                "(3) ", ") ", " (Cde. Mikoyan) ", "Gen. ", "A. ", "On the Situation", "II. ", "1956", "we ", "the plan", " "};
        Random random = new Random(1956);
        int tasks = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder body = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int k = 0; k < length; k++) body.append(parts[random.nextInt(parts.length)]);
            TreeSet<Integer> extra = new TreeSet<>();
            for (int k = random.nextInt(3); k > 0; k--) extra.add(random.nextInt(body.length() + 1));
            tasks += same(body.toString(), extra);
        }
        assertThat(tasks).as("random sentences that are tasks").isGreaterThan(1_000);
    }

    /** Asserts both shortcuts agree with the full reading on {@code body}; returns the tasks found. */
    private static int same(String body, TreeSet<Integer> extra) {
        List<int[]> spans = Sentences.split(body, extra);
        List<int[]> before = splitInTreeSet(body, extra);
        assertThat(spans).as(body).hasSameSizeAs(before);
        for (int k = 0; k < spans.size(); k++) assertThat(spans.get(k)).as(body).containsExactly(before.get(k));
        int tasks = 0;
        for (int[] s : spans) {
            String sentence = body.substring(s[0], s[1]);
            List<String> read = Resolutions.tasked(Sentences.withoutEnumerator(sentence));
            assertThat(Resolutions.taskNames(sentence)).as(sentence).isEqualTo(read);
            if (read != null) tasks++;
        }
        return tasks;
    }

    /** The agenda headings' cuts, as {@link SessionReader#read} gives them. */
    private static TreeSet<Integer> headings(ArchiveRecord r) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Agenda.Found f : Agenda.find(r.body(), r.protocolRefs())) {
            cuts.add(f.start());
            cuts.add(f.end());
        }
        return cuts;
    }

    /** The split as it was: every cut put in a tree set. */
    private static List<int[]> splitInTreeSet(String body, TreeSet<Integer> extra) {
        TreeSet<Integer> cuts = new TreeSet<>(extra);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') cuts.add(i + 1);
            else if ((c == '.' || c == '?' || c == '!') && opensSentence(body, i + 1) && Agenda.sentenceEnd(body, 0, i)) {
                cuts.add(i + 1);
            } else if (c == ')' && body.startsWith(" ", i + 1) && i + 2 < body.length()
                    && Character.isUpperCase(body.charAt(i + 2))) {
                cuts.add(i + 1);
            } else if (Character.isDigit(c) && enumerator(body, i)) {
                cuts.add(i);
            }
        }
        cuts.add(0);
        cuts.add(body.length());
        List<int[]> spans = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(body.charAt(s))) s++;
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
            if (s < e) spans.add(new int[] {s, e});
            from = to;
        }
        return spans;
    }

    private static boolean opensSentence(String body, int i) {
        if (i >= body.length()) return true;
        int k = body.charAt(i) == ' ' ? i + 1 : i;
        if (k >= body.length()) return true;
        char c = body.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || (k > i && c == '(');
    }

    private static boolean enumerator(String body, int i) {
        int k = i;
        while (k < body.length() && Character.isDigit(body.charAt(k))) k++;
        if (k - i > 2 || k >= body.length() || body.charAt(k) != ')') return false;
        if (i > 0 && Character.isDigit(body.charAt(i - 1))) return false;
        if (i == 0) return true;
        char before = body.charAt(i - 1);
        return before == '.' || before == '\n' || (before == ' ' && i > 1 && ".;)".indexOf(body.charAt(i - 2)) >= 0);
    }
}
