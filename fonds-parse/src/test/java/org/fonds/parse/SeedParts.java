package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed cut into its head (up to and with the Contents label and translation line), its body, and
 * its notes (from the "Translator's Notes" heading): stress tests repeat the body of a real record.
 */
public record SeedParts(String head, String body, String notes) {
    private static final Pattern CONTENTS = Pattern.compile("Contents:?\\**\\s*(?:Translation *[-–—] *\\p{L}+ *\\n)?");
    private static final Pattern NOTES = Pattern.compile("Translator['’]s Notes");

    public static SeedParts of(Seeds.Seed seed) {
        String text = seed.string();
        Matcher contents = CONTENTS.matcher(text);
        assertThat(contents.find()).as("a Contents label in seed %s", seed).isTrue();
        Matcher notes = NOTES.matcher(text);
        assertThat(notes.find(contents.end())).as("a Translator's Notes heading in seed %s", seed).isTrue();
        return new SeedParts(text.substring(0, contents.end()), text.substring(contents.end(), notes.start()),
                text.substring(notes.start()));
    }

    /** The record with its body repeated until the whole is at least {@code chars} long. */
    public String withBodyRepeatedTo(int chars) {
        StringBuilder sb = new StringBuilder(chars + body.length() + notes.length() + head.length());
        sb.append(head);
        while (sb.length() + notes.length() < chars) sb.append(body).append("\n\n");
        return sb.append(notes).toString();
    }
}
