package org.fonds.synth;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import org.fonds.record.NoteMarker;
import org.fonds.record.Turn;
import org.fonds.synth.Blocks.Block;
import org.fonds.synth.Blocks.Sentence;

/**
 * Writes the planned body blocks in the chosen layout (paragraphs, or all run together on one line)
 * and works out the turns the parser must find: each runs from its attribution to the next one or
 * the next heading.
 */
final class BodyWriter {
    private final Dice dice;
    private final java.util.Set<Variant> variants;
    private final boolean runTogether;
    private final MarkerStyle markerStyle;
    private final TwinWriter out = new TwinWriter("body");
    private final List<int[]> opens = new ArrayList<>(); // {attributionStart, textStart}
    private final List<List<String>> openSpeakers = new ArrayList<>();
    private final TreeSet<Integer> stops = new TreeSet<>();
    private BitSet markerSlots;
    private int slot;
    private final int firstNote;
    private int nextNote;

    BodyWriter(Dice dice, java.util.Set<Variant> variants, boolean runTogether, MarkerStyle markerStyle) {
        this(dice, variants, runTogether, markerStyle, 1);
    }

    /** With {@code firstNote} 2 the markers start at 2: FRUS gives note 1, the source, to the heading. */
    BodyWriter(Dice dice, java.util.Set<Variant> variants, boolean runTogether, MarkerStyle markerStyle, int firstNote) {
        this.dice = dice;
        this.variants = variants;
        this.runTogether = runTogether;
        this.markerStyle = markerStyle;
        this.firstNote = firstNote;
        this.nextNote = firstNote;
    }


    /** Writes {@code blocks} with markers for notes 1..{@code notes} spread over their slots. */
    TwinWriter write(List<Block> blocks, int notes) {
        int slots = blocks.stream().mapToInt(Block::slots).sum();
        markerSlots = new BitSet(slots);
        for (int s : dice.distinct(range(slots), Math.min(notes, slots))) markerSlots.set(s);
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) separate(blocks.get(i));
            switch (blocks.get(i)) {
                case Blocks.TitleLine t -> titleLine(t);
                case Blocks.Participants p -> participants(p);
                case Blocks.Heading h -> heading(h);
                case Blocks.Turn t -> turn(t);
                case Blocks.Plain p -> plain(p);
            }
        }
        return out;
    }

    int notesPlaced() {
        return nextNote - firstNote;
    }

    List<Turn> turns() {
        String body = out.clean();
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < opens.size(); i++) {
            int[] open = opens.get(i);
            int end = i + 1 < opens.size() ? opens.get(i + 1)[0] : body.length();
            Integer stop = stops.higher(open[1]);
            if (stop != null && stop < end) end = stop;
            String text = body.substring(Math.min(open[1], end), end).strip();
            List<Integer> refs = new ArrayList<>();
            for (NoteMarker m : out.markers()) {
                if (m.offset() > open[0] && m.offset() <= end && !refs.contains(m.n())) refs.add(m.n());
            }
            turns.add(new Turn(openSpeakers.get(i), text, refs));
        }
        return turns;
    }

    private void separate(Block next) {
        if (!runTogether) {
            out.text("\n\n");
            return;
        }
        if (out.rawEndsWithMarker()) {
            out.text(dice.chance(0.5) ? "" : " ", " ");
        } else if (out.cleanEndsWith('.') && !(next instanceof Blocks.Plain p && p.kind() == Blocks.PlainKind.LIST_ENTRY)
                && dice.chance(0.3)) {
            variants.add(Variant.MISSING_SPACE_AFTER_PERIOD);
            out.text(""); // "Sabirov.On the …": an OCR slip the parser must take in its stride
        } else {
            out.text(" ");
        }
    }

    private void titleLine(Blocks.TitleLine t) {
        int at = t.text().indexOf(t.mention() == null ? "\u0000" : t.mention());
        if (at >= 0) {
            out.text(t.text().substring(0, at)).mention(t.mention(), t.iso()).text(t.text().substring(at + t.mention().length()));
        } else {
            out.text(t.text());
        }
        if (t.protocol() != null) {
            out.text(" ");
            stops.add(out.cleanLength());
            out.text(t.protocol());
        }
        maybeMarker();
    }

    private void participants(Blocks.Participants p) {
        stops.add(out.cleanLength());
        out.text("Those Taking Part: " + String.join(", ", p.written()));
        if (!p.continuation().isEmpty()) {
            out.text(". Cdes. " + listWithAnd(p.continuation()));
        }
        if (p.group()) {
            out.text(". Guests from the " + dice.pick(Vocabulary.PLACES) + " delegation.");
        } else if (runTogether) {
            out.text(".");
        }
        maybeMarker();
    }

    private void heading(Blocks.Heading h) {
        stops.add(out.cleanLength());
        switch (h.kind()) {
            case MARKDOWN -> out.text("#### " + h.text(), h.text());
            case PLAIN, ROMAN -> out.text(runTogether ? h.text() + "." : h.text());
        }
        maybeMarker();
    }

    private void turn(Blocks.Turn t) {
        int start = out.cleanLength();
        List<String> s = t.speakers();
        switch (t.form()) {
            case EM_DASH -> out.text("Cde. " + s.get(0) + "—");
            case EN_DASH -> out.text("Cde. " + s.get(0) + "–");
            case HYPHEN -> out.text("Cde. " + s.get(0) + "-");
            case COLON -> out.text("Cde. " + s.get(0) + ":");
            case CDES_LIST -> out.text(dice.chance(0.5) ? "Cdes. " + String.join(", ", s) + "—" : "Cdes. " + listWithAnd(s) + ":");
            case SEVERAL_CDES -> out.text("Cde. " + String.join(", Cde. ", s) + ":");
            case PAGE_BREAK -> {
                String head = "Cde. " + String.join(", Cde. ", s.subList(0, s.size() - 1)) + ", Cde.";
                out.text(head + "\n\n" + s.get(s.size() - 1) + ":", head + " " + s.get(s.size() - 1) + ":");
            }
            case BARE -> out.text(s.get(0) + ":");
        }
        int textStart = out.cleanLength();
        boolean colon = out.cleanEndsWith(':');
        opens.add(new int[] {start, textStart});
        openSpeakers.add(s);
        sentences(t.sentences(), colon);
    }

    private void plain(Blocks.Plain p) {
        if (p.kind() == Blocks.PlainKind.SPEAKER_IN_PARENTHESES) {
            // a paragraph of its own: a heading the parser stops a turn at; run together it is just text
            if (!runTogether) stops.add(out.cleanLength());
            out.text(p.sentences().get(0).text());
            return;
        }
        sentences(p.sentences(), false);
    }

    private void sentences(List<Sentence> sentences, boolean leadingSpace) {
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0 || leadingSpace) out.text(" ");
            sentence(sentences.get(i));
            maybeMarker();
        }
    }

    private void sentence(Sentence s) {
        String text = s.text();
        int at = s.mention() == null ? -1 : text.indexOf(s.mention());
        if (at < 0) {
            words(text);
            return;
        }
        words(text.substring(0, at));
        out.mention(s.mention(), s.iso());
        out.text(text.substring(at + s.mention().length()));
    }

    /** Plain words, with the layout slips of real exports: page breaks and hard line breaks before a lowercase word. */
    private void words(String text) {
        if (runTogether || text.isEmpty()) {
            out.text(text);
            return;
        }
        String[] parts = text.split(" ", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                boolean lower = !parts[i].isEmpty() && Character.isLowerCase(parts[i].charAt(0))
                        && !parts[i - 1].isEmpty() && Character.isLetter(parts[i - 1].charAt(parts[i - 1].length() - 1));
                if (lower && dice.chance(0.03)) {
                    variants.add(Variant.PAGE_BREAK_SPLIT);
                    out.text("\n\n", " ");
                } else if (lower && dice.chance(0.03)) {
                    variants.add(Variant.HARD_LINE_BREAKS);
                    out.text(dice.chance(0.5) ? "\n" : "  \n", " ");
                } else {
                    out.text(" ");
                }
            }
            out.text(parts[i]);
        }
    }

    private void maybeMarker() {
        if (markerSlots.get(slot++)) {
            out.marker(nextNote, markerStyle.render(nextNote, dice));
            nextNote++;
        }
    }

    static String listWithAnd(List<String> names) {
        if (names.size() == 1) return names.get(0);
        if (names.size() == 2) return names.get(0) + " and " + names.get(1);
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(i);
        return out;
    }
}
