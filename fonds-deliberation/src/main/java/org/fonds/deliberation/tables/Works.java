package org.fonds.deliberation.tables;

import java.util.ArrayList;
import java.util.List;

/** The works cited, by title (case and diacritics folded), each with the places that cite it. */
public record Works(List<Work> works) implements Table {
    public Works {
        works = List.copyOf(works);
    }

    @Override
    public List<String> header() {
        return List.of("title", "kind", "document", "where");
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Work w : works) {
            for (Citation c : w.citations()) rows.add(List.of(w.title(), w.kind(), c.documentId(), c.where()));
        }
        return rows;
    }
}
