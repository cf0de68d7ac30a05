package org.fonds.web.room;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.read.Heading;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.tables.Citation;
import org.fonds.deliberation.tables.ReferenceGroup;
import org.fonds.web.derived.Derived;
import org.fonds.web.derived.Page;
import org.fonds.web.room.ReferencesView.ArchiveSection;
import org.fonds.web.room.ReferencesView.CitationRow;
import org.fonds.web.room.ReferencesView.FileRow;

/**
 * {@code /references}: the archival files the translators' notes cite, grouped by archive, fond,
 * opis (and papka) and delo in the tables' order, so one sees which file several documents cite.
 */
final class ReferencesPage {
    static final int PAGE = 200;
    private final Derived derived;

    ReferencesPage(Derived derived) {
        this.derived = derived;
    }

    String render(Context ctx) {
        Tables t = derived.now();
        Page<ReferenceGroup> page = Page.of(t.referenceCount(), Pages.number(ctx, "page"), PAGE, t::references);
        // the citing documents by title and date, a page's in one query, never by their ids
        Map<String, Heading> headings = t.headings(page.items().stream().flatMap(g -> g.citations().stream()).map(Citation::documentId)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        Map<String, List<FileRow>> byArchive = new LinkedHashMap<>();
        for (ReferenceGroup g : page.items()) byArchive.computeIfAbsent(g.archive(), a -> new ArrayList<>()).add(file(g, headings));
        List<ArchiveSection> archives = new ArrayList<>();
        byArchive.forEach((archive, files) -> archives.add(new ArchiveSection(archive, "archive-" + archives.size(), files)));
        String intro = page.total() + (page.total() == 1 ? " archival file is" : " archival files are")
                + " cited in the notes, by archive, fond, opis and delo.";
        return Templates.render("references.jte", new ReferencesView(intro, archives, Pages.link(ctx, page, false),
                Pages.link(ctx, page, true)));
    }

    private static FileRow file(ReferenceGroup g, Map<String, Heading> headings) {
        List<String> parts = new ArrayList<>();
        if (g.fond() != null) parts.add("F. " + g.fond());
        if (g.opis() != null) parts.add("Op. " + g.opis());
        if (g.papka() != null) parts.add("P. " + g.papka());
        if (g.delo() != null) parts.add("D. " + g.delo());
        List<CitationRow> citations = g.citations().stream().map(c -> citation(c, headings.get(c.documentId()))).toList();
        return new FileRow(parts.isEmpty() ? "(no file given)" : String.join(", ", parts), g.documents(), citations);
    }

    /** A citation named by its document's title and date; by the id only where the tables know no title. */
    private static CitationRow citation(Citation c, Heading h) {
        String anchor = c.where().startsWith("note ") ? "#note-" + c.where().substring(5) : "";
        String title = h == null || h.title() == null || h.title().isBlank() ? c.documentId() : h.title();
        return new CitationRow(Links.document(c.documentId()) + anchor, c.documentId(), title, h == null ? null : h.date(), c.where(), c.leaves(),
                c.text());
    }
}
