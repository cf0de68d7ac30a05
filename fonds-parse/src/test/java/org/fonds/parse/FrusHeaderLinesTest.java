package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The lines FRUS sets around a document's heading, found by probe 19 on unseen pages (issue 11): the dateline under
 * the heading, the file line above it, the memorandum's subject and participants. The FRUS telegram of 1948 (b19:
 * its file line, its heading, its text) is rearranged into each shape; where the corpus has no record of the shape,
 * our own words stand in it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FrusHeaderLinesTest {
    private static List<String> frusTelegram() throws IOException {
        return new ArrayList<>(Files.readString(Seeds.corpus("real/docs").resolve("b19_frus_telegram_1948.txt"),
                StandardCharsets.UTF_8).lines().toList());
    }

    /** {@code lines} as one text file, parsed (it must be accepted). */
    private static ArchiveRecord read(List<String> lines) {
        return Parsing.accept(String.join("\n", lines) + "\n");
    }

    /** b19 with {@code lines} set under its heading (its third line). */
    private static String underHeading(List<String> telegram, String... lines) {
        List<String> out = new ArrayList<>(telegram);
        out.addAll(3, List.of(lines));
        return String.join("\n", out) + "\n";
    }

    /**
     * The dateline in every form the pages print it (frus1955-57v25/d154 "Budapest, November 1, 1956—9" / "p.m.";
     * frus1955-57v03mSupp/d371 "Washington, November 12, 1955, 1:03"; frus1944v04/d1126 and frus1948v07/d783 "Moscow,
     * May 26," / "1944—3 p.m." over "[Received …]"; the 1958-60 volumes' "Washington, January 9, 1958."): the date and
     * the place, and the text reads as without it. Session 18's rule took the hour's form but not the full stop's.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_frus_dateline_in_any_of_its_forms_is_the_date_and_place_and_no_line_of_the_text() throws IOException {
        List<String> telegram = frusTelegram();
        ArchiveRecord plain = read(telegram);
        List<String[]> forms = List.of(
                new String[] {"Nanking, September 3, 1948—4 p.m."},
                new String[] {"Nanking, September 3, 1948."},
                new String[] {"Nanking, September 3, 1948, 1:03"},
                new String[] {"Nanking, September 3, 1948"},
                new String[] {"Nanking, September 3, 1948—9", "p.m."},
                new String[] {"Nanking, September 3,", "1948—4 p. m.", "[Received September 3—7:22 a. m.]"});
        for (String[] form : forms) {
            ArchiveRecord r = Parsing.accept(underHeading(telegram, form));
            String as = String.join(" / ", form);

            assertThat(r.date()).as(as).isEqualTo("1948-09-03");
            assertThat(r.place()).as(as).isEqualTo("Nanking");
            assertThat(r.title()).as(as).isEqualTo(plain.title());
            assertThat(r.body()).as(as).isEqualTo(plain.body());
            assertThat(r.dateMentions()).as(as).isEqualTo(plain.dateMentions());
        }
        assertThat(plain.date()).isNull(); // without the dateline nothing dates the telegram
    }

    /** A dateline inside the text is the text's: only the lines under the heading are FRUS's dateline, never a body line. */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_dateline_shaped_paragraph_inside_the_text_stays_text() throws IOException {
        List<String> telegram = frusTelegram();
        int last = telegram.size() - 1;
        while (!telegram.get(last).strip().equals("Marshall")) last--;
        telegram.addAll(last, List.of("Nanking, September 3, 1948.", ""));

        ArchiveRecord r = read(telegram);

        assertThat(r.body()).contains("1269. Request verification", "Nanking, September 3, 1948.");
    }

    /**
     * b19's own file line ("893.796/9–348: Telegram") cites it, and so do the other forms of the 1943-54 volumes
     * (frus1946v06/d275 "860C.00/2–2246: Telegram", frus1952-54v13p1/d338 "396.1 WA/7–1353", frus1950v04/d676
     * "961.61/6–2550.: Telegram", frus1943v03/d428 "124.61/263: Telegram", frus1952-54v05p1/d33 "Conference files,
     * lot 59 D 95, CF 102"): the number (or the lot) is the Department's reference, the kind after the colon is not.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_file_line_above_the_heading_is_the_citation_and_the_departments_reference() throws IOException {
        List<String> telegram = frusTelegram();
        ArchiveRecord own = read(telegram);
        assertThat(own.citation()).isEqualTo("893.796/9–348");
        assertThat(own.archivalReferences()).containsExactly(
                new ArchivalReference("Department of State", null, null, null, null, null, "893.796/9–348"));
        assertThat(own.warnings()).extracting(w -> w.code()).doesNotContain("no-citation");

        for (String[] line : List.of(new String[] {"860C.00/2–2246: Telegram", "860C.00/2–2246"},
                new String[] {"396.1 WA/7–1353", "396.1 WA/7–1353"}, new String[] {"961.61/6–2550.: Telegram", "961.61/6–2550"},
                new String[] {"124.61/263: Telegram", "124.61/263"},
                new String[] {"Conference files, lot 59 D 95, CF 102", "Conference files, lot 59 D 95, CF 102"})) {
            telegram.set(0, line[0]);
            ArchiveRecord r = read(telegram);

            assertThat(r.layout()).as(line[0]).isEqualTo("frus");
            assertThat(r.citation()).as(line[0]).isEqualTo(line[1]);
            assertThat(r.archivalReferences()).as(line[0]).extracting(ArchivalReference::text).containsExactly(line[1]);
            assertThat(r.title()).as(line[0]).isEqualTo(own.title());
            assertThat(r.body()).as(line[0]).isEqualTo(own.body());
        }
    }

    /** Where the page also has FRUS's "Source:" note, the note (archive, file and marking) is the citation. */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_source_note_outranks_the_file_line() throws IOException {
        String text = String.join("\n", frusTelegram()) + "\n";
        ArchiveRecord r = Parsing.accept(text.replace("Director of the Chinese", "Source: Department of State, Central Files,"
                + " 893.796/9–348. Secret. And the Director of the Chinese").replace("Tong34", "Tong1"));

        assertThat(r.citation()).startsWith("Department of State, Central Files, 893.796/9–348.");
        assertThat(r.classification()).isEqualTo("Secret");
    }

    /**
     * A memorandum of conversation copied without FRUS's numbered heading (frus1961-63v15/d136, frus1958-60v03mSupp/
     * d539 and the memoranda the volumes print from the Secretary's files), in our own words: its dateline is the date,
     * its "SUBJECT:" line no part of the title, its "PARTICIPANTS:" list the participants (a post, "The Secretary", is
     * no name), and its points headed by an alliance or a country in capitals ("NATO:", "UN:", "USSR:") open no turn,
     * nor do the list's own headings.
     */
    @Test
    void a_memorandum_without_a_numbered_heading_reads_its_participants_and_no_heading_or_acronym_speaks() {
        ArchiveRecord r = Parsing.accept("""
                Memorandum of Conversation
                Washington, March 3, 1959
                SUBJECT: Berlin and the Summit
                PARTICIPANTS: The Secretary; Ambassador Ardenne, Ruritanian Embassy; Mr. Calloway
                The Ambassador called at his request to talk over the coming meeting of Foreign Ministers.
                USSR: The Ambassador thought the Soviets would not move before the summer.
                NATO: He said the allies wanted one voice at the Council in April.
                UN: The Secretary said the General Assembly was no place for the question.
                """);

        assertThat(r.title()).isEqualTo("Memorandum of Conversation");
        assertThat(r.date()).isEqualTo("1959-03-03");
        assertThat(r.place()).isEqualTo("Washington");
        assertThat(r.participants()).containsExactly("Ardenne", "Calloway");
        assertThat(r.speakers()).isEmpty();
        assertThat(r.body()).startsWith("SUBJECT: Berlin and the Summit");
    }

    /**
     * The same memorandum as a copy sets its fields in lower case ("Subject:", "Participants:"), in our own words, with
     * no dateline: the subject is no part of the title (it was: "Memorandum of Conversation Subject: Berlin and …"),
     * and the participants are read as in capitals.
     */
    @Test
    void a_memorandums_subject_in_lower_case_is_no_part_of_its_title() {
        ArchiveRecord r = Parsing.accept("""
                Memorandum of Conversation

                Subject: Berlin and the Summit

                Participants: The Secretary; Ambassador Ardenne, Ruritanian Embassy; Mr. Calloway

                The Ambassador called at his request to talk over the coming meeting of Foreign Ministers.
                """);

        assertThat(r.title()).isEqualTo("Memorandum of Conversation");
        assertThat(r.body()).contains("Subject: Berlin and the Summit").contains("The Ambassador called at his request");
    }

    /**
     * A "PARTICIPANTS" heading over the page's bullets run onto one line, the last with a long post after the name
     * (frus1958-60v03mSupp/d539): the long post does not end the list.
     */
    @Test
    void a_long_post_after_a_bulleted_name_does_not_end_the_list() {
        ArchiveRecord r = Parsing.accept("""
                539. Memorandum of Conversation1
                PARTICIPANTS
                • The President • Mr. Ardenne, Ruritanian Ambassador • Mr. Calloway, Deputy Assistant Secretary for Eastern European Affairs
                Mr. Ardenne began by saying he had been asked to hand over a personal message.
                - Source: Department of State, Central Files, 611.61/3–560. Secret.↩
                """);

        assertThat(r.participants()).containsExactly("Ardenne", "Calloway");
    }

    /**
     * The Department's older FRUS pages (2001-2009.state.gov/r/pa/ho/frus, dosfan.lib.uic.edu and their mirrors) saved
     * as text: the site's banner, navigation and breadcrumb, the volume's title and "Released by the Office of the
     * Historian", then the numbered heading with its slashed marker and the dateline. b19's heading and text under them:
     * the site's lines are no title and no text.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void the_old_state_department_sites_chrome_is_no_title_and_no_text() throws IOException {
        List<String> telegram = frusTelegram();
        ArchiveRecord plain = read(telegram);
        List<String> page = new ArrayList<>(List.of("U.S. Department of State", "U.S. Department of State",
                "Home Issues & Press Travel & Business Countries Youth & Education Careers About State Video",
                " You are in: Under Secretary for Public Diplomacy and Public Affairs > Bureau of Public Affairs > Office of the"
                        + " Historian > Foreign Relations of the United States > Truman Administration > Volume VII",
                "Foreign Relations of the United States 1948, Volume VII", "Released by the Office of the Historian", "",
                "Documents 601-610", "", "609. " + telegram.get(2) + "/1/", "", "Washington, September 3, 1948, 6 p.m.", ""));
        page.addAll(telegram.subList(3, telegram.size()));

        ArchiveRecord r = read(page);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.title()).isEqualTo(plain.title());
        assertThat(r.date()).isEqualTo("1948-09-03");
        assertThat(r.place()).isEqualTo("Washington");
        assertThat(r.from()).isEqualTo(plain.from());
        assertThat(r.body()).isEqualTo(plain.body());
    }
}
