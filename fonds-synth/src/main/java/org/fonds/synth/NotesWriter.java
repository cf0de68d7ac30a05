package org.fonds.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fonds.record.ArchivalReference;
import org.fonds.record.DateMention;
import org.fonds.record.Note;

/** Writes the translator's notes in one of the layouts exports use, and the notes the parser must find. */
final class NotesWriter {
    enum Layout { PER_LINE, DOTTED, BRACKETED, ONE_PARAGRAPH, GLUED, SUPERSCRIPT, SINGULAR, FRUS }

    private final Dice dice;
    private final Set<Variant> variants;
    private final int year;
    private final List<Note> notes = new ArrayList<>();
    private final List<DateMention> mentions = new ArrayList<>();

    NotesWriter(Dice dice, Set<Variant> variants, int year) {
        this.dice = dice;
        this.variants = variants;
        this.year = year;
    }

    /** The raw notes section, heading included, for {@code count} notes. */
    String write(int count, Layout layout, boolean runTogether) {
        if (layout == Layout.FRUS) return frus(count);
        StringBuilder raw = new StringBuilder(heading(layout, runTogether));
        boolean multi = layout == Layout.PER_LINE || layout == Layout.DOTTED || layout == Layout.BRACKETED;
        for (int n = 1; n <= count; n++) {
            TwinWriter w = new TwinWriter("note " + n);
            List<ArchivalReference> refs = content(w, multi && !runTogether);
            notes.add(new Note(n, w.clean(), refs));
            mentions.addAll(w.mentions());
            raw.append(separator(layout, runTogether, n)).append(number(layout, n)).append(w.raw());
        }
        return raw.toString();
    }

    /** FRUS footnotes, no heading, one to a line: "1 Source: …" (the heading's note), then the text's 2, 3, … */
    private String frus(int count) {
        String source = "Source: Department of State, Central Files. " + dice.oneOf("Secret", "Confidential", "Top Secret")
                + "; " + dice.oneOf("Priority", "Niact", "Limited Distribution") + ". Written by the Fonds generator for"
                + " testing; it is not a historical document.";
        notes.add(new Note(1, source, List.of()));
        StringBuilder raw = new StringBuilder("1 " + source);
        for (int n = 2; n <= count + 1; n++) {
            TwinWriter w = new TwinWriter("note " + n);
            List<ArchivalReference> refs = content(w, false);
            notes.add(new Note(n, w.clean(), refs));
            mentions.addAll(w.mentions());
            raw.append("\n\n").append(n).append(' ').append(w.raw());
        }
        return raw.toString();
    }

    List<Note> notes() {
        return notes;
    }

    List<DateMention> mentions() {
        return mentions;
    }

    private String heading(Layout layout, boolean runTogether) {
        if (layout == Layout.SINGULAR) return "Translator's Note:";
        if (runTogether || layout == Layout.GLUED) return dice.oneOf("Translator's Notes", "Translator’s Notes");
        return switch (dice.between(0, 5)) {
            case 0 -> "Translator's Notes";
            case 1 -> {
                variants.add(Variant.NOTES_HEADING_MARKDOWN);
                yield "## Translator's Notes";
            }
            case 2 -> "**Translator's Notes**";
            case 3 -> {
                variants.add(Variant.NOTES_HEADING_COLON);
                yield "Translator's Notes:";
            }
            case 4 -> "TRANSLATOR'S NOTES";
            default -> "Translator’s Notes";
        };
    }

    private String separator(Layout layout, boolean runTogether, int n) {
        if (layout == Layout.GLUED) return "";
        if (runTogether) return " ";
        return switch (layout) {
            case ONE_PARAGRAPH, SUPERSCRIPT -> n == 1 ? "\n\n" : " ";
            default -> "\n\n";
        };
    }

    private static String number(Layout layout, int n) {
        return switch (layout) {
            case PER_LINE, ONE_PARAGRAPH, GLUED -> n + " ";
            case DOTTED -> n + ". ";
            case BRACKETED -> "[" + n + "] ";
            case SUPERSCRIPT -> MarkerStyle.superscript(n) + " ";
            case SINGULAR, FRUS -> "";
        };
    }

    /** One note's sentences; returns the archival references written in it. */
    private List<ArchivalReference> content(TwinWriter w, boolean multiParagraph) {
        List<ArchivalReference> refs = new ArrayList<>();
        String place = dice.pick(Vocabulary.PLACES);
        w.text(String.format(dice.pick(Vocabulary.NOTE), place));
        for (int extra = dice.between(0, 3); extra > 0; extra--) {
            w.text(" " + String.format(dice.pick(Vocabulary.NOTE), dice.pick(Vocabulary.PLACES)));
        }
        if (dice.chance(0.4)) {
            String month = dice.pick(Vocabulary.MONTHS);
            int day = dice.between(1, 28);
            String mention = day + " " + month;
            w.text(" On ").mention(mention, java.time.LocalDate.of(year, Vocabulary.MONTHS.indexOf(month) + 1, day).toString())
                    .text(", the delegation left for " + dice.pick(Vocabulary.PLACES) + ".");
        }
        if (dice.chance(0.3)) {
            variants.add(Variant.NOTE_EMPHASIS);
            String term = dice.pick(Vocabulary.TERMS);
            w.text(" The word ").text("*" + term + "*", term).text(" is used here.");
        }
        if (dice.chance(0.4)) {
            variants.add(Variant.NOTE_REFERENCE);
            Refs.Written ref = Refs.write(dice, variants);
            refs.add(ref.reference());
            if (dice.chance(0.5)) {
                variants.add(Variant.CURLY_QUOTES);
                w.text(" See “Report on the " + dice.pick(Vocabulary.PLACES) + " harbor,” in " + ref.text() + ".");
            } else {
                w.text(" See \"Report on the railway,\" in " + ref.text() + ".");
            }
        }
        if (multiParagraph && dice.chance(0.2)) {
            variants.add(Variant.NOTE_MULTI_PARAGRAPH);
            Refs.Written ref = Refs.write(dice, variants);
            refs.add(ref.reference());
            w.text("\n\nSee also the file in " + ref.text() + ".");
        }
        return refs;
    }
}
