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
     * The query whose matches snippets mark, for a parsed query: the search's own, except that a
     * name asked for with {@code person:}, {@code speaker:} or {@code participant:} is also marked
     * where the text writes it, so such a hit shows where the person appears.
     */
    public static Query queryFor(Expr e) {
        return LuceneQueries.of(widen(e));
    }

    private static Expr widen(Expr e) {
        return switch (e) {
            case Expr.Word w when isName(w.scope()) -> new Expr.Or(List.of(w, new Expr.Word(null, w.text(), w.at())));
            case Expr.Phrase p when isName(p.scope()) -> new Expr.Or(List.of(p, new Expr.Phrase(null, p.text(), p.slop(), p.at())));
            case Expr.And a -> new Expr.And(a.parts().stream().map(Snippets::widen).toList());
            case Expr.Or o -> new Expr.Or(o.parts().stream().map(Snippets::widen).toList());
            default -> e;
        };
    }

    private static boolean isName(Scope s) {
        return s == Scope.PERSON || s == Scope.SPEAKER || s == Scope.PARTICIPANT;
    }

    /** The snippets of {@code text} for {@code query}: body, then summary, then notes. */
    public static List<Snippet> of(Query query, StoredText text) {
        List<Snippet> out = new ArrayList<>();
        if (query == null) return out;
        for (String p : passages(Field.BODY, query, text.body(), BODY_PASSAGES)) out.add(new Snippet("body", p));
        for (String p : passages(Field.SUMMARY, query, text.summary(), SUMMARY_PASSAGES)) out.add(new Snippet("summary", p));
        int notes = 0;
        for (StoredText.NoteText note : text.notes()) {
            if (notes == NOTES_SHOWN) break;
            List<String> ps = passages(Field.NOTES, query, note.text(), 1);
            if (ps.isEmpty()) continue;
            out.add(new Snippet("note " + note.n(), ps.getFirst()));
            notes++;
        }
        return out;
    }

    private static List<String> passages(Field field, Query query, String content, int max) {
        if (content.isEmpty()) return List.of();
        try {
            Object formatted = HIGHLIGHTER.highlightWithoutSearcher(field.fieldName(), query, content, max);
            return formatted instanceof MarkFormatter.Passages p ? p.list() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BreakIterator breaks() {
        return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f);
    }
}
