package org.fonds.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.fonds.search.query.Expr;
import org.fonds.search.schema.Field;
import org.fonds.search.schema.Kind;
import org.fonds.search.schema.Target;

/**
 * Translates a parsed query into Lucene query objects, never through a query string. A clause
 * whose words all vanish in analysis (a lone dash) is dropped, as Solr drops it; a query left with
 * nothing gives {@code null}, which matches no document.
 */
public final class LuceneQueries {
    private LuceneQueries() {}

    public static Query of(Expr e) {
        return of(e, false);
    }

    /**
     * The query for marking snippets: the same, except that a fuzzy word becomes an automaton query
     * compiled here, once. A {@link FuzzyQuery} builds its Levenshtein automata again each time it is
     * visited or rewritten, and the highlighter does that for every hit and every field: 64 fuzzy
     * words cost 36-55 s of CPU for a page of 100 hits (issue 15). Both engines cut snippets with
     * this query, so they still mark the same words.
     */
    public static Query forSnippets(Expr e) {
        return of(e, true);
    }

    private static Query of(Expr e, boolean compiled) {
        return switch (e) {
            case Expr.All a -> new MatchAllDocsQuery();
            case Expr.Word w -> anyTarget(Target.of(w.scope()), t -> phrase(t.field(), w.text(), 0));
            case Expr.Phrase p -> anyTarget(Target.of(p.scope()), t -> phrase(t.field(), p.text(), p.slop()));
            case Expr.Prefix p -> anyTarget(Target.spelled(p.scope()), t -> new PrefixQuery(term(t.field(), p.stem())));
            case Expr.Fuzzy f -> anyTarget(Target.spelled(f.scope()), t -> fuzzy(term(t.field(), f.text()), f.edits(), compiled));
            case Expr.During d -> IntPoint.newRangeQuery(Field.DAYS.fieldName(),
                    d.from() == null ? Integer.MIN_VALUE : (int) d.from().toEpochDay(),
                    d.to() == null ? Integer.MAX_VALUE : (int) d.to().toEpochDay());
            case Expr.And a -> and(a.parts(), compiled);
            case Expr.Or o -> or(o.parts(), compiled);
            case Expr.Not n -> not(of(n.part(), compiled));
        };
    }

    private static Query fuzzy(Term term, int edits, boolean compiled) {
        FuzzyQuery q = new FuzzyQuery(term, edits);
        if (!compiled) return q;
        CompiledAutomaton a = q.getAutomata();
        // the compiled form holds the automaton over UTF-8 bytes, hence "binary"
        return a.type == CompiledAutomaton.AUTOMATON_TYPE.NORMAL ? new AutomatonQuery(term, a.automaton, true) : q;
    }

    private static Query and(List<Expr> parts, boolean compiled) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        for (Expr part : parts) {
            Query q = of(part instanceof Expr.Not n ? n.part() : part, compiled);
            if (q == null) continue;
            any = true;
            boolean negated = part instanceof Expr.Not;
            b.add(q, negated ? Occur.MUST_NOT : Occur.MUST);
            positive |= !negated;
        }
        if (!any) return null;
        if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
        return b.build();
    }

    private static Query or(List<Expr> parts, boolean compiled) {
        List<Query> qs = new ArrayList<>();
        for (Expr part : parts) {
            Query q = of(part, compiled);
            if (q != null) qs.add(q);
        }
        return should(qs);
    }

    /** Everything but {@code q}; a negation alone would match nothing in Lucene. */
    private static Query not(Query q) {
        if (q == null) return null;
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(q, Occur.MUST_NOT).build();
    }

    private interface PerTarget {
        Query query(Target t);
    }

    private static Query anyTarget(List<Target> targets, PerTarget each) {
        List<Query> qs = new ArrayList<>();
        for (Target t : targets) {
            Query q = each.query(t);
            if (q != null) qs.add(t.boost() == 1 ? q : new BoostQuery(q, t.boost()));
        }
        return should(qs);
    }

    private static Query should(List<Query> qs) {
        if (qs.isEmpty()) return null;
        if (qs.size() == 1) return qs.getFirst();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : qs) b.add(q, Occur.SHOULD);
        return b.build();
    }

    /** The words of {@code text} in {@code field} as analyzed; one term gives a term query, as in Solr. */
    private static Query phrase(Field field, String text, int slop) {
        if (field.kind() == Kind.ID) return new TermQuery(new Term(field.fieldName(), text));
        return new QueryBuilder(Analyzers.of(field.kind().chain())).createPhraseQuery(field.fieldName(), text, slop);
    }

    /** {@code text} folded as the field's analyzer folds a term typed for a prefix or fuzzy match. */
    static Term term(Field field, String text) {
        if (field.kind() == Kind.ID) return new Term(field.fieldName(), text);
        Analyzer a = Analyzers.of(field.kind().chain());
        BytesRef folded = a.normalize(field.fieldName(), text);
        return new Term(field.fieldName(), folded);
    }
}
