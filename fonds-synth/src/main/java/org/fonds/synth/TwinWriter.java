package org.fonds.synth;

import java.util.ArrayList;
import java.util.List;
import org.fonds.record.DateMention;
import org.fonds.record.NoteMarker;

/**
 * Writes two texts at once: the raw export text, with its markup and variants, and the clean text
 * the parser must recover from it. Offsets of markers, date mentions and turns are taken from the
 * clean side as it grows, so the generator's expectations are true by construction.
 */
final class TwinWriter {
    private final StringBuilder raw = new StringBuilder();
    private final StringBuilder clean = new StringBuilder();
    private final List<NoteMarker> markers = new ArrayList<>();
    private final List<DateMention> mentions = new ArrayList<>();
    private final String where;

    TwinWriter(String where) {
        this.where = where;
    }

    /** The same text on both sides. */
    TwinWriter text(String text) {
        return text(text, text);
    }

    TwinWriter text(String rawText, String cleanText) {
        raw.append(rawText);
        clean.append(cleanText);
        return this;
    }

    TwinWriter raw(String rawOnly) {
        raw.append(rawOnly);
        return this;
    }

    /** A date written in the text, which the parser must list among the date mentions. */
    TwinWriter mention(String text, String iso) {
        mentions.add(new DateMention(text, iso, where, clean.length()));
        return text(text);
    }

    /** A note marker: written in the raw text, only its offset on the clean side. */
    TwinWriter marker(int n, String rendered) {
        markers.add(new NoteMarker(n, clean.length()));
        raw.append(rendered);
        return this;
    }

    int cleanLength() {
        return clean.length();
    }

    boolean cleanEndsWith(char c) {
        return !clean.isEmpty() && clean.charAt(clean.length() - 1) == c;
    }

    boolean rawEndsWithMarker() {
        return !markers.isEmpty() && markers.get(markers.size() - 1).offset() == clean.length();
    }

    String raw() {
        return raw.toString();
    }

    String clean() {
        return clean.toString();
    }

    List<NoteMarker> markers() {
        return markers;
    }

    List<DateMention> mentions() {
        return mentions;
    }
}
