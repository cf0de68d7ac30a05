package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.fonds.deliberation.Corpus;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;

/**
 * {@link Pseudonyms} looks for the words a match needs before it runs its patterns, and runs them
 * only from just before the first such word: it must find exactly what the patterns tried at every
 * position of the text find. Checked on the real records, the seeds, generated records, and random
 * texts made of names, the words, brackets, commas, line breaks and letters outside the BMP.
 */
class PseudonymsShortcutTest {
    @Test
    @NeedsShared("corpus/real/docs")
    void the_real_records_give_what_the_patterns_tried_everywhere_give() throws IOException {
        int found = 0;
        for (ArchiveRecord r : Corpus.parsed(Seeds.corpus("real/docs")).values()) found += same(texts(r));
        assertThat(found).as("pseudonyms in the real records").isGreaterThan(0);
    }

    @Test
    @NeedsShared("corpus/seeds")
    void the_seeds_and_generated_records_give_the_same() {
        for (ArchiveRecord r : Seeds.records()) same(texts(r));
        Generator g = new Generator(1956);
        for (int i = 0; i < 300; i++) same(texts(g.generate(i).expected()));
    }

    @Test
    void random_texts_give_the_same() {
        String[] parts = {"Filippov", "Stalin", "I. V. Stalin", "Koba", "Cde", "𐐀𐐨𐐪", "Ivan-Petrov", "O’Neil", " [", "]", " (",
                ")", "pseudonym of ", "a pseudonym for ", "alias ", "a.k.a. ", "code name ", "codename ", "cover name of ",
                "i.e. ", "i. e., ", ", ", " ", " ", "\n", "1956", ". ", "the ", "[Page 3]", "'"};
        Random random = new Random(1956);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int k = 0; k < length; k++) text.append(parts[random.nextInt(parts.length)]);
            found += same(List.of(text.toString()));
        }
        assertThat(found).as("random texts with a pseudonym").isGreaterThan(200);
    }

    /** Asserts each text gives what the patterns tried at every position give; returns the pseudonyms found. */
    private static int same(List<String> texts) {
        Map<String, String> everywhere = new LinkedHashMap<>();
        Map<String, String> shortcut = new LinkedHashMap<>();
        for (String t : texts) {
            everywhere(t, everywhere);
            Pseudonyms.in(t, shortcut);
            assertThat(List.copyOf(shortcut.entrySet())).as(t).isEqualTo(List.copyOf(everywhere.entrySet()));
        }
        return everywhere.size();
    }

    /** The patterns tried from the start of the text, as before the shortcut. */
    private static void everywhere(String text, Map<String, String> into) {
        if (text == null || text.isEmpty()) return;
        Matcher m = Pseudonyms.STANDS_FOR.matcher(text);
        while (m.find()) put(into, m.group(1), m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4));
        Matcher a = Pseudonyms.ALIAS.matcher(text);
        while (a.find()) put(into, a.group(2), a.group(1));
    }

    private static void put(Map<String, String> into, String name, String bearer) {
        Pseudonyms.put(into, name, bearer); // what a match means is the same; only where matching starts differs
    }

    private static List<String> texts(ArchiveRecord r) {
        List<String> out = new ArrayList<>(java.util.Arrays.asList(r.title(), r.summary(), r.body()));
        for (Note n : r.notes()) out.add(n.text());
        return out;
    }
}
