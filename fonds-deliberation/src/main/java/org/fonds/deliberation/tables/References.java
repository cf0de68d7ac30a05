package org.fonds.deliberation.tables;

import java.util.ArrayList;
import java.util.List;

/** The archival references cited in notes, grouped by file and ordered by archive, fond, opis, papka, delo. */
public record References(List<ReferenceGroup> groups) implements Table {
    public References {
        groups = List.copyOf(groups);
    }

    @Override
    public List<String> header() {
        return List.of("archive", "fond", "opis", "papka", "delo", "leaves", "document", "where", "text");
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (ReferenceGroup g : groups) {
            for (Citation c : g.citations()) {
                rows.add(List.of(g.archive(), Statements.nz(g.fond()), Statements.nz(g.opis()), Statements.nz(g.papka()),
                        Statements.nz(g.delo()), Statements.nz(c.leaves()), c.documentId(), c.where(), c.text()));
            }
        }
        return rows;
    }
}
