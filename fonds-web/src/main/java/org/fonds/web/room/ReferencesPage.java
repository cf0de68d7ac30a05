package org.fonds.web.room;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, List<FileRow>> byArchive = new LinkedHashMap<>();
        for (ReferenceGroup g : page.items()) byArchive.computeIfAbsent(g.archive(), a -> new ArrayList<>()).add(file(g));
        List<ArchiveSection> archives = new ArrayList<>();
        byArchive.forEach((archive, files) -> archives.add(new ArchiveSection(archive, "archive-" + archives.size(), files)));
        String intro = page.total() + (page.total() == 1 ? " archival file is" : " archival files are")
                + " cited in the notes, by archive, fond, opis and delo.";
        return Templates.render("references.jte", new ReferencesView(intro, archives, Pages.link(ctx, page, false),
                Pages.link(ctx, page, true)));
    }

    private static FileRow file(ReferenceGroup g) {
        List<String> parts = new ArrayList<>();
        if (g.fond() != null) parts.add("F. " + g.fond());
        if (g.opis() != null) parts.add("Op. " + g.opis());
        if (g.papka() != null) parts.add("P. " + g.papka());
        if (g.delo() != null) parts.add("D. " + g.delo());
        List<CitationRow> citations = g.citations().stream().map(ReferencesPage::citation).toList();
        return new FileRow(parts.isEmpty() ? "(no file given)" : String.join(", ", parts), g.documents(), citations);
    }

    private static CitationRow citation(Citation c) {
        String anchor = c.where().startsWith("note ") ? "#note-" + c.where().substring(5) : "";
        return new CitationRow(Links.document(c.documentId()) + anchor, c.documentId(), c.where(), c.leaves(), c.text());
    }
}
