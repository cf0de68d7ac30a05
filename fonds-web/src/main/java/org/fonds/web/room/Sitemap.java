package org.fonds.web.room;

import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.fonds.archive.Documents;

/**
 * {@code /sitemap.xml}: an index of parts of at most {@link #PER_PART} document pages each, as the
 * sitemap protocol allows. The sorted list of ids is read from the store once a minute at most.
 */
final class Sitemap {
    static final int PER_PART = 50_000;
    private static final long FRESH_MILLIS = 60_000;
    private final Documents archive;
    private final AtomicReference<Snapshot> ids = new AtomicReference<>();

    private record Snapshot(List<String> ids, long at) {}

    Sitemap(Documents archive) {
        this.archive = archive;
    }

    void index(Context ctx) {
        List<String> all = ids();
        String base = SiteAddress.of(ctx);
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int n = 0; n * PER_PART < Math.max(1, all.size()); n++) s.append("<sitemap><loc>").append(base).append("/sitemap-").append(n).append(".xml</loc></sitemap>\n");
        ctx.contentType("application/xml").result(s.append("</sitemapindex>\n").toString());
    }

    void part(Context ctx) {
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            n = -1;
        }
        List<String> all = ids();
        if (n < 0 || (n > 0 && (long) n * PER_PART >= all.size())) { // long: a huge n overflowed to a 500
            ctx.status(404).contentType("text/plain").result("no such sitemap part");
            return;
        }
        String base = SiteAddress.of(ctx);
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String id : all.subList(n * PER_PART, Math.min(all.size(), (n + 1) * PER_PART))) {
            s.append("<url><loc>").append(xml(base + Links.document(id))).append("</loc></url>\n");
        }
        ctx.contentType("application/xml").result(s.append("</urlset>\n").toString());
    }

    private List<String> ids() {
        Snapshot s = ids.get();
        if (s == null || System.currentTimeMillis() - s.at() > FRESH_MILLIS) {
            try (var stream = archive.ids()) {
                s = new Snapshot(stream.sorted().toList(), System.currentTimeMillis());
            }
            ids.set(s);
        }
        return s.ids();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
