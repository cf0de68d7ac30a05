package org.fonds.search.snippet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fonds.search.SearchResult.Snippet;
import org.fonds.search.lucene.Analyzers;
import org.fonds.search.lucene.LuceneQueries;
import org.fonds.search.query.Expr;
import org.fonds.search.query.Scope;
import org.fonds.search.schema.Field;

/**
 * Cuts the passages that show why a document matched, with the matched words marked. Both engines
 * use this one class on the texts their index stores, so a hit gets the same snippets from Lucene
 * and from Solr. Lucene's unified highlighter re-analyzes each text with the field's own analyzer,
 * so folding and phrases count exactly as they do in the search.
 */
public final class Snippets {
    static final int BODY_PASSAGES = 2;
    static final int SUMMARY_PASSAGES = 1;
    static final int NOTES_SHOWN = 2;
    /** Passages aim at about this many characters, cut at sentence ends. */
    static final int PASSAGE_LENGTH = 220;
    /** Between two notes highlighted as one text: a paragraph separator, a sentence break for the passages. */
    private static final String NOTE_BREAK = "\u2029";
    /** Text beyond this many characters of one field is not searched for passages. */
    static final int MAX_LENGTH = 500_000;

    private static final UnifiedHighlighter HIGHLIGHTER = UnifiedHighlighter.builderWithoutSearcher(Analyzers.perField())
            .withFormatter(new MarkFormatter())
            .withBreakIterator(Snippets::breaks)
            .withMaxNoHighlightPassages(0)
            .withMaxLength(MAX_LENGTH)
            .build();

    private Snippets() {}

    /**
     * The query whose matches snippets mark, for a parsed query: any of the words and phrases it asks
     * for in the texts snippets are cut from, or null when it asks for none (then a hit has none).
     *
     * <p>Not the search's own query: the highlighter reads one text at a time (the body, say), and a
     * clause the search requires elsewhere (a span of days, {@code type:}, {@code year:}, a word only
     * in the title) cannot match there, so under the search's AND no passage would match and every
     * snippet was lost as soon as a filter was added. The hit already matched the whole query; the
     * snippets show where its words are. A name asked for with {@code person:}, {@code speaker:} or
     * {@code participant:} is marked where the text writes it; words under NOT are not marked.
     */
    public static Query queryFor(Expr e) {
        List<Expr> words = new ArrayList<>();
        collect(e, words);
        if (words.isEmpty()) return null;
        return LuceneQueries.forSnippets(words.size() == 1 ? words.getFirst() : new Expr.Or(words));
    }

    private static void collect(Expr e, List<Expr> out) {
        switch (e) {
            case Expr.Word w when inText(w.scope()) -> out.add(new Expr.Word(null, w.text(), w.at()));
            case Expr.Phrase p when inText(p.scope()) -> out.add(new Expr.Phrase(null, p.text(), p.slop(), p.at()));
            case Expr.Prefix p when inText(p.scope()) -> out.add(new Expr.Prefix(null, p.stem(), p.at()));
            case Expr.Fuzzy f when inText(f.scope()) -> out.add(new Expr.Fuzzy(null, f.text(), f.edits(), f.at()));
            case Expr.And a -> a.parts().forEach(part -> collect(part, out));
            case Expr.Or o -> o.parts().forEach(part -> collect(part, out));
            default -> {
                // dates, fields that are not text (type:, archive:, id:, kind:), and what is under NOT
            }
        }
    }

    /**
     * True for the scopes whose words can stand in a snippet's text: none (every text field), the
     * texts themselves, and names, which the texts write too.
     */
    private static boolean inText(Scope s) {
        return s == null || s == Scope.SUMMARY || s == Scope.BODY || s == Scope.NOTES
                || s == Scope.PERSON || s == Scope.SPEAKER || s == Scope.PARTICIPANT;
    }

    /** The snippets of {@code text} for {@code query}: body, then summary, then notes. */
    public static List<Snippet> of(Query query, StoredText text) {
        List<Snippet> out = new ArrayList<>();
        if (query == null) return out;
        whole(out, "body", Field.BODY, query, text.body(), BODY_PASSAGES);
        whole(out, "summary", Field.SUMMARY, query, text.summary(), SUMMARY_PASSAGES);
        notes(out, query, text.notes());
        return out;
    }

    private static void whole(List<Snippet> out, String source, Field field, Query query, String content, int max) {
        for (MarkFormatter.Span span : spans(field, query, content, max)) {
            out.add(new Snippet(source, MarkFormatter.html(content, span, span.start(), span.end())));
        }
    }

    /**
     * The notes are highlighted as one text, the notes joined by paragraph separators (one pass of
     * the highlighter instead of one per note), and each passage is then cut to the note its first
     * match is in, so a snippet never runs from one note into the next.
     */
    private static void notes(List<Snippet> out, Query query, List<StoredText.NoteText> notes) {
        if (notes.isEmpty()) return;
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[notes.size()];
        for (int i = 0; i < notes.size(); i++) {
            if (i > 0) joined.append(NOTE_BREAK);
            starts[i] = joined.length();
            joined.append(notes.get(i).text());
        }
        String content = joined.toString();
        java.util.Set<Integer> shown = new java.util.HashSet<>();
        for (MarkFormatter.Span span : spans(Field.NOTES, query, content, NOTES_SHOWN * 2)) {
            if (span.matchStarts().length == 0) continue;
            int note = noteAt(starts, span.matchStarts()[0]);
            if (shown.size() == NOTES_SHOWN || !shown.add(note)) continue;
            int from = Math.max(span.start(), starts[note]);
            int to = Math.min(span.end(), starts[note] + notes.get(note).text().length());
            out.add(new Snippet("note " + notes.get(note).n(), MarkFormatter.html(content, span, from, to)));
        }
    }

    private static int noteAt(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private static List<MarkFormatter.Span> spans(Field field, Query query, String content, int max) {
        if (content.isEmpty()) return List.of();
        try {
            Object formatted = HIGHLIGHTER.highlightWithoutSearcher(field.fieldName(), query, content, max);
            return formatted instanceof MarkFormatter.Spans s ? s.list() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BreakIterator breaks() {
        return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f);
    }
}
