package org.fonds.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.fonds.search.lucene.Analyzers;
import org.fonds.search.query.Expr;
import org.fonds.search.schema.Field;
import org.fonds.search.schema.Kind;
import org.fonds.search.schema.Target;

/**
 * Translates a parsed query into Solr's standard query syntax. Every value the reader typed is
 * escaped (inside quotes, or character by character for prefix and fuzzy terms) and every field
 * name comes from our schema, so nothing typed can become Solr syntax: no local parameters
 * ({@code {!xmlparser}}), no regular expressions, no wildcards but a checked trailing one. The
 * structure mirrors {@link org.fonds.search.lucene.LuceneQueries} clause for clause: each word is
 * quoted, so Solr builds the same term, synonym or phrase query Lucene's query builder does, and a
 * clause whose words vanish in analysis is dropped on both sides. Null means "matches nothing".
 */
final class SolrQueries {
    private SolrQueries() {}

    static String of(Expr e) {
        return switch (e) {
            case Expr.All a -> "*:*";
            case Expr.Word w -> anyTarget(Target.of(w.scope()), t -> quoted(t.field(), w.text(), 0));
            case Expr.Phrase p -> anyTarget(Target.of(p.scope()), t -> quoted(t.field(), p.text(), p.slop()));
            case Expr.Prefix p -> anyTarget(Target.spelled(p.scope()), t -> t.field().fieldName() + ":" + ClientUtils.escapeQueryChars(p.stem()) + "*");
            case Expr.Fuzzy f -> anyTarget(Target.spelled(f.scope()), t -> t.field().fieldName() + ":" + ClientUtils.escapeQueryChars(f.text()) + "~" + f.edits());
            case Expr.During d -> Field.DAYS.fieldName() + ":[" + (d.from() == null ? "*" : d.from().toEpochDay())
                    + " TO " + (d.to() == null ? "*" : d.to().toEpochDay()) + "]";
            case Expr.And a -> and(a.parts());
            case Expr.Or o -> or(o.parts());
            case Expr.Not n -> not(of(n.part()));
        };
    }

    private static String and(List<Expr> parts) {
        StringBuilder s = new StringBuilder("(");
        boolean positive = false;
        boolean any = false;
        for (Expr part : parts) {
            boolean negated = part instanceof Expr.Not;
            String q = of(negated ? ((Expr.Not) part).part() : part);
            if (q == null) continue;
            if (any) s.append(' ');
            s.append(negated ? '-' : '+').append(q);
            any = true;
            positive |= !negated;
        }
        if (!any) return null;
        if (!positive) s.append(" +*:*");
        return s.append(')').toString();
    }

    private static String or(List<Expr> parts) {
        List<String> qs = new ArrayList<>();
        for (Expr part : parts) {
            String q = of(part);
            if (q != null) qs.add(q);
        }
        return should(qs);
    }

    private static String not(String q) {
        return q == null ? null : "(+*:* -" + q + ")";
    }

    private static String anyTarget(List<Target> targets, Function<Target, String> each) {
        List<String> qs = new ArrayList<>();
        for (Target t : targets) {
            String q = each.apply(t);
            if (q != null) qs.add(t.boost() == 1 ? q : q + "^" + boost(t.boost()));
        }
        return should(qs);
    }

    private static String should(List<String> qs) {
        if (qs.isEmpty()) return null;
        if (qs.size() == 1) return qs.getFirst();
        return "(" + String.join(" ", qs) + ")";
    }

    private static String quoted(Field field, String text, int slop) {
        if (field.kind() != Kind.ID && !hasTokens(field, text)) return null;
        String q = field.fieldName() + ":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return slop > 0 ? q + "~" + slop : q;
    }

    private static String boost(float b) {
        return b == Math.rint(b) ? Integer.toString((int) b) : Float.toString(b);
    }

    /** Whether {@code text} gives any term in {@code field}: Solr drops a quoted clause that gives none. */
    static boolean hasTokens(Field field, String text) {
        Analyzer a = Analyzers.of(field.kind().chain());
        try (TokenStream ts = a.tokenStream(field.fieldName(), text)) {
            ts.reset();
            boolean any = ts.incrementToken();
            ts.end();
            return any;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
