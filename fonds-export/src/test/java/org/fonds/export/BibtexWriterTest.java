package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import org.fonds.record.ArchiveRecord;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

/** BibTeX read back by jbibtex, with the LaTeX of each value turned back into text. */
class BibtexWriterTest {
    private final BibtexWriter bibtex = new BibtexWriter();

    static BibTeXEntry parse(String text) throws Exception {
        BibTeXDatabase db = new BibTeXParser().parseFully(new StringReader(text));
        assertThat(db.getEntries()).hasSize(1);
        return db.getEntries().values().iterator().next();
    }

    /**
     * A value as a reader sees it: LaTeX commands and escapes rendered, outer braces gone, and the
     * printer's typographic apostrophe put back to the straight one of the records.
     */
    static String plain(BibTeXEntry entry, String field) throws Exception {
        Value value = entry.getField(new Key(field));
        assertThat(value).as(field).isNotNull();
        return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString())).replace('\u2019', '\'');
    }

    @Test
    void everySeedRoundTrips() throws Exception {
        for (ArchiveRecord r : Samples.seeds()) {
            BibTeXEntry entry = parse(bibtex.write(r, Samples.citing(r)));
            assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
            assertThat(entry.getKey().getValue()).isEqualTo(r.id());
            assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()).isEqualTo("{" + r.title() + "}");
            assertThat(plain(entry, "title")).isEqualTo(r.title());
            assertThat(plain(entry, "date")).isEqualTo(r.date());
            assertThat(plain(entry, "year")).isEqualTo(r.date().substring(0, 4));
            assertThat(plain(entry, "note")).isEqualTo(Locations.all(r));
            assertThat(plain(entry, "howpublished")).isEqualTo(r.repository());
            assertThat(plain(entry, "abstract")).isEqualTo(Clean.oneLine(r.summary()));
            // The archive's own page; Fonds' only as where it was accessed.
            assertThat(plain(entry, "url")).isEqualTo(r.sourceUrl());
            assertThat(entry.getField(new Key("urldate"))).isNull();
            assertThat(plain(entry, "addendum")).endsWith("Accessed through " + Samples.citing(r).fondsPage() + " on 2026-04-21");
            assertThat(plain(entry, "origlanguage")).isEqualTo(r.originalLanguage().toLowerCase());
            assertThat(plain(entry, "editor")).isEqualTo("Malin, V. N.");
            assertThat(plain(entry, "addendum")).startsWith("Published in " + r.publishedIn().title() + " " + r.publishedIn().issue());
        }
    }

    @Test
    void hostileTextIsEscapedAndReadsBackAsWritten() throws Exception {
        ArchiveRecord r = Samples.hostile();
        String text = bibtex.write(r, Samples.citing(r));
        BibTeXEntry entry = parse(text);
        assertThat(plain(entry, "title")).isEqualTo(Clean.oneLine(r.title()));
        assertThat(plain(entry, "abstract")).isEqualTo(Clean.oneLine(r.summary()));
        assertThat(plain(entry, "note")).contains("Ts}KhSD{", "F. 3%", "D. 1006\\");
        assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()).contains("\\%", "\\&", "\\#", "\\_", "\\$",
                "\\textbraceleft{}", "\\textbackslash{}", "\\textasciitilde{}", "\\textasciicircum{}");
    }

    @Test
    void keysAreMadeOfSafeCharacters() {
        assertThat(BibtexWriter.key("wcda-111883")).isEqualTo("wcda-111883");
        assertThat(BibtexWriter.key("a b,{c}%")).isEqualTo("a_b__c__");
    }

    @Test
    void generatedRecordsAllParse() throws Exception {
        for (ArchiveRecord r : Samples.generated(300)) {
            Map<Key, Value> fields = parse(bibtex.write(r, Samples.citing(r))).getFields();
            assertThat(fields).containsKey(BibTeXEntry.KEY_TITLE);
        }
    }
}
