package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * FRUS memoranda's headings and what stands under them, found by probe 20 on unseen pages (issue 11): a heading that
 * carries the place, date and hour with the source note's marker glued on, participants' bullets without their
 * heading, the older sites' source note above the text, a numbered paragraph ending the text. The FRUS memorandum of
 * 1959 (b08: its heading, its participants, its text) and the FRUS telegram of 1948 (b19) are rearranged into each
 * shape; the place, date and marking set into them are ours.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FrusMemorandaHeadingsTest {
    private static List<String> real(String file) throws IOException {
        return new ArrayList<>(Files.readString(Seeds.corpus("real/docs").resolve(file), StandardCharsets.UTF_8).lines().toList());
    }

    private static List<String> memorandum() throws IOException {
        return real("b08_frus_memcon_nixon_khrushchev_1959.txt");
    }

    private static ArchiveRecord read(List<String> lines) {
        return Parsing.accept(String.join("\n", lines) + "\n");
    }

    /** b08 with its first line (the heading "481. Memorandum of Conversation0") replaced by {@code heading}. */
    private static ArchiveRecord headed(List<String> memorandum, String heading) {
        List<String> out = new ArrayList<>(memorandum);
        out.set(0, heading);
        return read(out);
    }

    /**
     * history.state.gov's memoranda of 1955-57 print where and when in the heading, the marker of the source note glued
     * to the year or the hour (frus1955-57v25/d24 "…, White House, Washington, July 29, 19551"; frus1955-57v02/d276
     * "…, San Francisco, June 23, 1955, 1:15 p.m.1"; frus1955-57v14/d20 "… Between the President and the Secretary of
     * State, …"; frus1955-57v04/d249 "Verbatim Minutes of …, Paris, May 6, 19571"): the title is the heading without its
     * number and marker, the date and place are the heading's, and the list and text read as under b08's own heading.
     * Before, "19551" cut the title to "…195" and gave no date, and the heading with an hour was no FRUS heading.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_heading_with_place_date_and_hour_and_the_marker_glued_on_gives_title_date_and_place() throws IOException {
        List<String> memorandum = memorandum();
        ArchiveRecord plain = read(memorandum);
        String[][] forms = {
                {"481. Memorandum of a Conversation, Moscow, July 26, 19590", "Memorandum of a Conversation, Moscow, July 26, 1959"},
                {"481. Memorandum of a Conversation, Vice President's Residence, Moscow, July 26, 1959, 1:15 p.m.1",
                        "Memorandum of a Conversation, Vice President's Residence, Moscow, July 26, 1959, 1:15 p.m."},
                {"481. Memorandum of a Conversation Between the Vice President and the Chairman, Kremlin, Moscow, July 26, 19591",
                        "Memorandum of a Conversation Between the Vice President and the Chairman, Kremlin, Moscow, July 26, 1959"},
                {"481. Memorandum of a Conversation, Moscow, July 26, 1959/1/", "Memorandum of a Conversation, Moscow, July 26, 1959"}};
        for (String[] form : forms) {
            ArchiveRecord r = headed(memorandum, form[0]);

            assertThat(r.layout()).as(form[0]).isEqualTo("frus");
            assertThat(r.title()).as(form[0]).isEqualTo(form[1]);
            assertThat(r.date()).as(form[0]).isEqualTo("1959-07-26");
            assertThat(r.place()).as(form[0]).isEqualTo("Moscow");
            assertThat(r.kind()).as(form[0]).isEqualTo("memorandum of conversation");
            assertThat(r.participants()).as(form[0]).isEqualTo(plain.participants());
            assertThat(r.body()).as(form[0]).isEqualTo(plain.body());
        }
        assertThat(plain.date()).isNull(); // b08's own heading dates nothing
    }

    /** A heading that ends in its year with no marker keeps the year whole: only a digit glued after a letter or bracket is a marker. */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_heading_ending_in_its_year_without_a_marker_keeps_the_year() throws IOException {
        ArchiveRecord r = headed(memorandum(), "481. Memorandum of a Conversation, Moscow, July 26, 1959");

        assertThat(r.title()).isEqualTo("Memorandum of a Conversation, Moscow, July 26, 1959");
        assertThat(r.date()).isEqualTo("1959-07-26");
    }

    /**
     * Where the page dropped the "SUBJECT" and "PARTICIPANTS" headings (frus1958-60v10p1/d37 and d87, frus1961-63v05/d21:
     * "37. Memorandum of Conversation0", a subject bullet, then "• The President • The Ambassador of …, Mikhail A.
     * Menshikov • …"), the bullets before the text are the participants: b08's list as such bullets gives b08's people.
     * Before, the record was plain and its title ran on into the subject.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void participants_bullets_without_their_heading_are_the_participants() throws IOException {
        List<String> memorandum = memorandum();
        ArchiveRecord plain = read(memorandum);
        int text = 1;
        while (memorandum.get(text + 1).startsWith("- ")) text++;
        StringBuilder bullets = new StringBuilder();
        for (String item : memorandum.subList(2, text + 1)) bullets.append(bullets.isEmpty() ? "• " : " • ").append(item.substring(2));
        List<String> page = new ArrayList<>(List.of(memorandum.get(0), "", "• The Vice President's talks in Moscow", "", bullets.toString(), ""));
        page.addAll(memorandum.subList(text + 1, memorandum.size()));

        ArchiveRecord r = read(page);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.title()).isEqualTo("Memorandum of Conversation");
        assertThat(r.participants()).isEqualTo(plain.participants()).contains("Nixon", "Khrushchev");
    }

    /** Bullets that follow the text's first paragraph are the text's list, not the participants. */
    @Test
    void bullets_after_the_first_paragraph_are_no_participants() {
        ArchiveRecord r = Parsing.accept("""
                37. Memorandum of Conversation0

                The Ambassador called to speak of the fisheries talks and named those he wished to see there.

                • Mr. Karel Ardenne • Mr. Thomas Calloway

                The Secretary said he would consider it.
                """);

        assertThat(r.participants()).isEmpty();
    }

    /**
     * The Department's older FRUS sites and their mirrors (2001-2009.state.gov, everything2's copies of volume 1961-63
     * V) set the source note "/1/Source: …" between the dateline and the text: it is the citation (the archive its
     * repository, the file its reference, the marking the classification) and no paragraph of the text. b19 under the
     * old site's lines, its file number in such a note.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void the_older_sites_source_note_above_the_text_is_the_citation_not_the_text() throws IOException {
        List<String> telegram = real("b19_frus_telegram_1948.txt");
        ArchiveRecord plain = read(telegram);
        List<String> page = new ArrayList<>(List.of("U.S. Department of State", "Foreign Relations of the United States 1948, Volume VII",
                "Released by the Office of the Historian", "", "609. " + telegram.get(2) + "/1/", "", "Washington, September 3, 1948, 6 p.m.", "",
                "/1/Source: Department of State, Central Files, 893.796/9–348. Secret.", ""));
        page.addAll(telegram.subList(3, telegram.size()));

        ArchiveRecord r = read(page);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.citation()).startsWith("Department of State, Central Files, 893.796/9–348");
        assertThat(r.repository()).isEqualTo("Department of State");
        assertThat(r.archivalReferences()).anySatisfy(a -> assertThat(a.text()).isEqualTo("Central Files, 893.796/9–348"));
        assertThat(r.classification()).isEqualTo("Secret");
        assertThat(r.summary()).isEmpty();
        assertThat(r.body()).isEqualTo(plain.body());
    }

    /**
     * A mirror of the older sites without their banner (everything2's FRUS 1961-63 V pages: "36. Memorandum of
     * Conversation/1/", the dateline, "/1/Source: …", the subject, then the text), in our own words.
     */
    @Test
    void a_slashed_heading_without_the_sites_lines_is_frus_and_its_source_note_the_citation() {
        ArchiveRecord r = Parsing.accept("""
                36. Memorandum of Conversation/1/

                Washington, March 3, 1961.

                /1/Source: Department of State, Central Files, 611.61/3-361. Confidential. Drafted by Calloway.

                Luncheon with Ambassador Ardenne

                While the talk ranged over many subjects, the Ambassador's purpose was plainly to learn what the new Administration meant to do about trade.
                """);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.title()).isEqualTo("Memorandum of Conversation");
        assertThat(r.date()).isEqualTo("1961-03-03");
        assertThat(r.classification()).isEqualTo("Confidential");
        assertThat(r.citation()).startsWith("Department of State, Central Files, 611.61/3-361");
        assertThat(r.body()).startsWith("Luncheon with Ambassador Ardenne");
    }

    /**
     * FRUS's notes count from the source note, 1: a lone numbered paragraph ending the text ("5. I discussed with the
     * President …", frus1955-57v14/d20, an excerpt whose notes were cut) is the text's, not note 5. b08 with such a paragraph.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_lone_numbered_paragraph_ending_a_frus_text_is_no_footnote() throws IOException {
        List<String> memorandum = memorandum();
        memorandum.add("5. The Vice President then said he would report the conversation to the President on his return.");

        ArchiveRecord r = read(memorandum);

        assertThat(r.notes()).isEmpty();
        assertThat(r.body()).endsWith("on his return.");
    }
}
