package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.people.Person;
import org.fonds.parse.NeedsShared;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the Presidium notes of 23 October 1956 as the Wilson Center's archive gives them (real
 * record 04) and as the National Security Archive does (real record 19) are one work with two sources:
 * each document page links the other publisher's copy, and a person named in both counts one document.
 */
@NeedsShared({"corpus/seeds", "corpus/real/docs"})
class CopiesPageTest {
    private static final String ARCHIVE = "04_presidium_1956-10-23.txt", NSA = "19_nsa_presidium_1956-10-23.txt",
            MALIN = "06_presidium_1956-11-03.txt";
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static Deliberations d;

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 0, List.of(ARCHIVE, NSA, MALIN));
        d = archive.deliberations();
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close();
    }

    @Test
    void each_copys_page_links_the_other_publishers_copy() throws Exception {
        assertThat(d.copies()).hasSize(1);
        List<String> pair = d.copies().get(0);
        assertThat(pair).hasSize(2);
        for (String id : pair) {
            String other = pair.get(0).equals(id) ? pair.get(1) : pair.get(0);
            String html = archive.get("/documents/" + id).body();
            int at = html.indexOf("Also published by");
            assertThat(at).as(id).isPositive();
            String dd = html.substring(at, html.indexOf("</dd>", at));
            assertThat(dd).contains("href=\"/documents/" + other + "\"");
        }
        // the archive's copy is labelled with where it was published (the NSA's file gives no address or repository)
        String pages = archive.get("/documents/" + pair.get(0)).body() + archive.get("/documents/" + pair.get(1)).body();
        assertThat(pages).contains("digitalarchive.wilsoncenter.org: Working Notes from the Session of the CPSU CC Presidium on 23 October 1956");
        // a record with no copy shows none
        String malin = d.sessions().stream().filter(s -> "1956-11-03".equals(s.date())).findFirst().orElseThrow().documentId();
        assertThat(archive.get("/documents/" + malin).body()).doesNotContain("Also published by");
    }

    @Test
    void a_person_named_in_both_copies_counts_one_document_for_the_reader() throws Exception {
        List<String> pair = d.copies().get(0);
        Person p = d.people().stream().filter(x -> x.documents().containsAll(pair)).filter(x -> x.preferredName().endsWith("Mikoyan"))
                .findFirst().orElseThrow();
        int works = p.documents().size() - 1;
        String page = archive.get("/people/" + p.id()).body();
        assertThat(page).contains("Documents (" + works + ")", p.documents().size() + " files: the same text from more than one publisher counts once");
        // the people list (its API) counts the same way
        String list = archive.get("/api/people?page=1&size=500").body();
        int at = list.indexOf("\"id\":\"" + p.id() + "\"");
        assertThat(list.substring(at, list.indexOf('}', at))).contains("\"documents\":" + works + ",");
    }
}
