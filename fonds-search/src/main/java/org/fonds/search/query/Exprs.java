package org.fonds.search.query;

import java.util.ArrayList;
import java.util.List;

/** Builds And and Or nodes in simplest form: one part is that part; an And in an And (an Or in an Or) is flattened. */
final class Exprs {
    private Exprs() {}

    static Expr and(List<Expr> parts) {
        List<Expr> flat = new ArrayList<>();
        for (Expr p : parts) {
            if (p instanceof Expr.And a) flat.addAll(a.parts());
            else flat.add(p);
        }
        return flat.size() == 1 ? flat.getFirst() : new Expr.And(List.copyOf(flat));
    }

    static Expr or(List<Expr> parts) {
        List<Expr> flat = new ArrayList<>();
        for (Expr p : parts) {
            if (p instanceof Expr.Or o) flat.addAll(o.parts());
            else flat.add(p);
        }
        return flat.size() == 1 ? flat.getFirst() : new Expr.Or(List.copyOf(flat));
    }
}
