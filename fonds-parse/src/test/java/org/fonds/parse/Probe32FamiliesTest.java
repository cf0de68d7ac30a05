package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.parse.dates.Dates;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.DateRange;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 32 fixed on a third scored stand-in for issue 11's hidden set (Presidium and Politburo records of
 * 1956 and after, in WCDA's layouts and mirrors): the archive's page markers "[Page 8]" under a date line, no FRUS page;
 * the Hungarian party's minutes naming each item's "Speaker:" and "Commenters:"; words before a colon that name nobody
 * ("Agreed:", "Presides:", "Attested:"); a plenum's excerpt labelled "Surname. …" where one speaker is heard twice and
 * the others once; "Translator Notes" without the possessive; a protocol's title with its number and a full stop; three
 * days listed ("19, 20 and 21 October 1956") in the heading under the title; a span without its year in the title; a
 * second translator after "and"; "Strictly Confidential". No seed or real record has these shapes, so each fixture is in
 * our own words and names, with the structure of the public page its comment names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe32FamiliesTest {
    /**
     * The HWP CC's minutes of 12 April 1967 on the dvincitest mirror: a date line, the title, and later the archive
     * file's page markers "[Page 8]" alone on their lines. FRUS took the text for its own and the date for the title.
     */
    @Test
    void an_archive_pages_markers_under_a_date_line_make_no_frus_page() {
        ArchiveRecord r = Parsing.accept("""
                May 3, 1957
                Ruritanian Labour Party CC Minutes of Meeting held on 3 May 1957
                MINUTES
                of the Central Committee meeting held on 3 May 1957
                [Page 4]
                The Central Committee approves the report on the harvest.
                """);

        assertThat(r.layout()).isNotEqualTo("frus");
        assertThat(r.title()).isEqualTo("Ruritanian Labour Party CC Minutes of Meeting held on 3 May 1957");
    }

    /**
     * "Speaker: Comrade …" and "Commenters: Comrades …, … and …" under an agenda item (the HSWP Political Committee's minutes
     * on WCDA's older page; "Commenters." with a stop on the dvincitest mirror): those who spoke, and minutes still.
     */
    @Test
    void speaker_and_commenters_lines_name_who_spoke_and_the_minutes_stay_minutes() {
        ArchiveRecord r = Parsing.accept("""
                May 3, 1957
                Minutes of the Meeting of the Political Committee, 3 May 1957
                1. Report on the harvest
                Speaker: Comrade Anton Velsk
                Invited: Comrade Ivo Kestel
                Commenters. Comrades Mara Dubrava, Lina Orsk and Pavel Tarn
                The Political Committee approves the report.
                """);

        assertThat(r.speakers()).containsExactly("Anton Velsk", "Mara Dubrava", "Lina Orsk", "Pavel Tarn");
        assertThat(r.kind()).isEqualTo("minutes");
    }

    /** Malin's "Agreed: Cdes. …" (the 31 October 1956 notes) and the Romanian "Presides: Comrade …": no one is called Agreed. */
    @Test
    void agreed_presides_and_attested_open_no_turn() {
        ArchiveRecord r = Parsing.accept("""
                May 3, 1957

                Protocol 12 of the Meeting of the Political Bureau of the CC of the RLP, on the Harvest and the Measures to be Taken.

                Participants: Comrades Anton Velsk, Mara Dubrava, Ivo Kestel.
                Presides: Comrade Anton Velsk.

                We should not delay the deliveries.

                Agreed: Cdes. Dubrava, Kestel

                Attested: Colonel Pavel Tarn
                """);

        assertThat(r.speakers()).doesNotContain("Agreed", "Presides", "Attested");
    }

    /**
     * "Protocol 55 of the Meeting of the Political Bureau of the CC of the RWP, on … Romania." (WCDA's current page): a
     * protocol named with its number, a full stop at the end, is the title; the participants under it were lost to it.
     */
    @Test
    void a_numbered_protocols_title_with_a_full_stop_is_the_title() {
        ArchiveRecord r = Parsing.accept("""
                May 3, 1957

                Protocol 12 of the Meeting of the Political Bureau of the CC of the RLP, on the Harvest and the Measures to be Taken.

                Participants: Comrades Anton Velsk, Mara Dubrava, Ivo Kestel.
                Presides: Comrade Anton Velsk.

                The meeting opens at 9 a.m.

                Comrade Anton Velsk informs the Political Bureau on the harvest.
                """);

        assertThat(r.title()).startsWith("Protocol 12 of the Meeting");
        assertThat(r.protocolRefs()).extracting(p -> p.number()).containsExactly("12");
        assertThat(r.participants()).contains("Velsk", "Dubrava", "Kestel");
    }

    /**
     * The CPSU CC plenum of June 1957 on the dvincitest mirror: "Surname. …" opens each speech; one speaker is heard twice,
     * the other two once, and together they open most paragraphs.
     */
    @Test
    void a_plenums_excerpt_labelled_by_surnames_with_a_stop_names_its_speakers() {
        ArchiveRecord r = Parsing.accept("""
                June 26, 1957
                Transcript of a CC RLP Plenum
                Orlenko. I am sure that this group had its own platform on the harvest. Remember the plenum of last spring.
                Dravin. Since the dacha was mentioned, I want to add one fact. We arrived there and found the gate closed.
                If he had drawn conclusions, would this have happened?
                Tarnov. You must give facts, and not rumours.
                Dravin. And I am giving facts. I was there myself.
                """);

        assertThat(r.speakers()).containsExactly("Orlenko", "Dravin", "Tarnov");
    }

    /** Guard: one word opening two paragraphs with a stop, and no other, is prose as before, no speaker. */
    @Test
    void one_recurring_word_with_a_stop_names_no_speaker() {
        ArchiveRecord r = Parsing.accept("""
                June 26, 1957
                Report on the Harvest
                Grain. The deliveries of the northern districts were late this year.
                The southern districts delivered on time.
                Grain. The reserves are enough for the winter.
                The ministry will report again in the spring.
                """);

        assertThat(r.speakers()).isEmpty();
    }

    /** "Translator Notes", no possessive (WCDA's older page, the 27 November 1956 notes): the notes heading. */
    @Test
    void translator_notes_without_the_possessive_head_the_notes() {
        ArchiveRecord r = Parsing.accept("""
                May 3, 1957

                Working Notes from the Session of the RLP CC Presidium on 3 May 1957(1)

                I. On the harvest.
                We should inform the ministry.(2)

                Translator Notes

                1 These notes were taken by a deputy. They are shorter than most.
                2 The ministry answered a week later.
                """);

        assertThat(r.notes()).hasSize(2);
    }

    /** "Meeting of the Politburo on 19, 20 and 21 October 1956" under the title (WCDA's Protocol No. 129): three days. */
    @Test
    void three_days_listed_in_the_heading_under_the_title_make_a_range() {
        ArchiveRecord r = Parsing.accept("""
                May 3, 1957

                Protocol No. 7, Meeting of the Ruritanian Politburo

                Protocol No. 7

                Meeting of the Politburo on 3, 4 and 5 May 1957

                The Politburo agrees to the communiqué on the harvest.
                """);

        assertThat(r.dateRange()).isEqualTo(new DateRange("1957-05-03", "1957-05-05"));
    }

    /** Guard: a number and a comma before a day ("No. 5, 19 October 1956") is no list of days. */
    @Test
    void a_number_before_a_day_is_no_list_of_days() {
        var found = Dates.find("Protocol No. 5, 19 October 1956").orElseThrow();

        assertThat(found.isRange()).isFalse();
        assertThat(found.from()).hasToString("1956-10-19");
    }

    /**
     * "Aleksander Zawadzki’s Notes from the 19-20 October Polish-Soviet Talks" under "October 19, 1956" (WCDA's current
     * page): the date line's year completes the title's span; a participant's own notes are working notes.
     */
    @Test
    void a_span_without_its_year_in_the_title_widens_the_date_and_a_persons_notes_are_working_notes() {
        ArchiveRecord r = Parsing.accept("""
                May 3, 1957

                Anton Velsk’s Notes from the 3-4 May Ruritanian-Soviet Talks

                Comrade Dravin [says] that the deliveries were late.
                """);

        assertThat(r.dateRange()).isEqualTo(new DateRange("1957-05-03", "1957-05-04"));
        assertThat(r.kind()).isEqualTo("working notes");
    }

    /** Guard: a span in the title that does not start on the date's day leaves the date one day. */
    @Test
    void a_yearless_span_from_another_day_leaves_the_date_alone() {
        ArchiveRecord r = Parsing.accept("""
                May 3, 1957

                Anton Velsk’s Notes from the 8-9 May Ruritanian-Soviet Talks

                Comrade Dravin [says] that the deliveries were late.
                """);

        assertThat(r.dateRange()).isNull();
        assertThat(r.date()).isEqualTo("1957-05-03");
    }

    /**
     * "… Obtained by … and translated by Gwenyth A. Jones and Péter Vámos." and "Strictly Confidential" over the text
     * (WCDA's older page of the HSWP's minutes): both translators, and the marking.
     */
    @Test
    void two_translators_joined_by_and_and_a_strictly_confidential_marking() {
        ArchiveRecord r = Parsing.accept("""
                May 03, 1957

                  • Citation

                    get citation

                    Discussion of the harvest in the northern districts and the deliveries of grain to the capital.
                    "Minutes of the Meeting of the Political Committee, May, 1957," May 03, 1957, History and Public Policy Program Digital Archive, Ruritanian National Archives (RNA), R-KS 12. f. 3/44. o. e. Obtained by Ivo Kestel and translated by Mara D. Dubrava and Lina Orsk.

                English HTML

                Strictly Confidential

                1. Report on the harvest

                The Political Committee approves the report.
                """);

        assertThat(r.translators()).containsExactly("Mara D. Dubrava", "Lina Orsk");
        assertThat(r.classification()).isEqualTo("Strictly Confidential");
    }
}
