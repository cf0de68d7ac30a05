package org.fonds.oai;

/**
 * Which items a list asks for: datestamps within {@code from..until} (epoch seconds, inclusive)
 * and, when {@code set} is not empty, membership of that set or a set below it.
 */
record Filter(long from, long until, String set) {
    static Filter of(OaiRequest request) {
        return new Filter(request.from() == null ? Long.MIN_VALUE : request.from().firstSecond(),
                request.until() == null ? Long.MAX_VALUE : request.until().lastSecond(),
                request.get("set").orElse(""));
    }

    static Filter of(ResumptionToken token) {
        return new Filter(token.from(), token.until(), token.set());
    }

    boolean matches(Catalog.Entry e) {
        if (e.datestamp() < from || e.datestamp() > until) return false;
        if (set.isEmpty()) return true;
        for (String s : e.sets()) {
            if (SetSpecs.within(s, set)) return true;
        }
        return false;
    }
}
