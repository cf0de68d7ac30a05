package org.fonds.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * A TEI volume of the shape the Office of the Historian publishes FRUS in (header with its titles,
 * a list of persons, a compilation and chapter, document divs with a head, a source note, a
 * dateline, paragraphs with footnotes and marked names, page breaks), with text of our own, for
 * tests and the ingest benchmark. The same seed and count give the same bytes. Document {@code i}
 * (from 1) is {@code d<i>}; every {@value #EDITORIAL_EVERY}th is an editorial note without a
 * dateline that carries the volume's whole span; the others are telegrams or memoranda dated one
 * day after another from 1 January 1956, with {@link #NOTES} footnotes each besides the source note.
 */
public final class FrusVolumeWriter {
    public static final String VOLUME_ID = "frus1955-57v99";
    public static final int PERSONS = 20;
    public static final int NOTES = 3;
    public static final int EDITORIAL_EVERY = 10;
    private static final LocalDate FIRST = LocalDate.of(1956, 1, 1);
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final String[] SURNAMES = {"Ashdown", "Barrow", "Calloway", "Dunmore", "Ellery", "Fairbank", "Gorse",
            "Hallam", "Ingram", "Jessop", "Kettering", "Lowell", "Marsh", "Norcross", "Oakes", "Pembury", "Quarles", "Rendle",
            "Sallow", "Thorne"};
    private static final String[] GIVEN = {"Arthur", "Bertram", "Cecil", "Dorothy", "Edmund", "Frances"};
    private static final String[] PLACES = {"Budapest", "Warsaw", "Prague", "Washington", "Vienna", "Bucharest"};
    private static final String[] MARKINGS = {"Secret", "Confidential", "Top Secret", "Official Use Only"};
    private static final String[] SENTENCES = {"The situation in the capital remained uncertain throughout the day.",
            "Crowds gathered in the main square and were addressed from a balcony.",
            "The Legation recommends that no statement be issued until the facts are clearer.",
            "Reports from the provinces speak of councils formed in several towns.",
            "The Department will wish to consider the effect of broadcasts on the population.",
            "Further details will follow by the next pouch."};

    private final long seed;

    public FrusVolumeWriter(long seed) {
        this.seed = seed;
    }

    public byte[] volume(int documents) {
        Random dice = new Random(seed);
        StringBuilder x = new StringBuilder(documents * 2400 + 20_000);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"\n")
                .append("    xmlns:frus=\"http://history.state.gov/frus/ns/1.0\" xml:id=\"").append(VOLUME_ID).append("\">\n");
        header(x);
        x.append("    <text>\n        <front>\n");
        persons(x);
        x.append("        </front>\n        <body>\n");
        x.append("            <div type=\"compilation\" xml:id=\"comp1\">\n                <head>United States Policy Toward"
                + " an Imagined Region</head>\n");
        x.append("                <div type=\"chapter\" xml:id=\"ch1\">\n                    <head>A Generated Chapter</head>\n");
        int page = 1;
        for (int i = 1; i <= documents; i++) {
            x.append("                    <pb n=\"").append(page).append("\" xml:id=\"pg_").append(page)
                    .append("\" facs=\"").append(String.format("%04d", page + 30)).append("\"/>\n");
            page++;
            document(x, i, dice);
        }
        x.append("                </div>\n            </div>\n        </body>\n    </text>\n</TEI>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The persons list's entry {@code k}: "Surname, Given" and an identification. */
    public static String personName(int k) {
        return SURNAMES[k % SURNAMES.length] + ", " + GIVEN[k % GIVEN.length];
    }

    /** The date document {@code i} is written on, or null for an editorial note. */
    public static LocalDate date(int i) {
        return i % EDITORIAL_EVERY == 0 ? null : FIRST.plusDays(i);
    }

    private static void header(StringBuilder x) {
        x.append("""
                    <teiHeader>
                        <fileDesc>
                            <titleStmt>
                                <title type="complete">Foreign Relations of the United States, 1955–1957, Imagined
                                    Region, Volume XCIX</title>
                                <title type="series">Foreign Relations of the United States</title>
                                <title type="sub-series">1955–1957</title>
                                <title type="volume-number">Volume XCIX</title>
                                <title type="volume">Imagined Region</title>
                            </titleStmt>
                            <publicationStmt>
                                <publisher>Fonds test suite</publisher>
                                <date type="publication-date">2026</date>
                                <idno type="frus">frus1955-57v99</idno>
                                <distributor>Office of the Historian, Bureau of Public Affairs, U.S. Department of
                                    State</distributor>
                            </publicationStmt>
                            <sourceDesc><p>Generated.</p></sourceDesc>
                        </fileDesc>
                        <xi:include href="https://example.invalid/not-fetched.xml"/>
                    </teiHeader>
                """);
    }

    private static void persons(StringBuilder x) {
        x.append("            <div type=\"section\" xml:id=\"persons\" subtype=\"index\">\n")
                .append("                <head>List of Persons</head>\n                <list type=\"names\">\n");
        for (int k = 0; k < PERSONS; k++) {
            x.append("                    <item><hi rend=\"strong\"><persName xml:id=\"p_").append(k).append("\">")
                    .append(personName(k)).append("</persName>,</hi> Officer number ").append(k)
                    .append(" of the imagined service</item>\n");
        }
        x.append("                </list>\n            </div>\n");
    }

    private void document(StringBuilder x, int i, Random dice) {
        LocalDate day = date(i);
        boolean editorial = day == null;
        String min = editorial ? "1955-01-04T00:00:00-05:00" : day + "T00:00:00-05:00";
        String max = editorial ? "1957-12-27T18:47:00-05:00" : day + "T23:59:59-05:00";
        x.append("                    <div type=\"document\" xml:id=\"d").append(i).append("\" n=\"").append(i)
                .append("\" subtype=\"").append(editorial ? "editorial-note" : "historical-document").append("\"\n")
                .append("                        frus:doc-dateTime-min=\"").append(min).append("\"\n")
                .append("                        frus:doc-dateTime-max=\"").append(max).append("\">\n");
        String place = PLACES[dice.nextInt(PLACES.length)];
        if (editorial) {
            x.append("                        <head>").append(i).append(". Editorial Note</head>\n");
        } else {
            x.append("                        <head>").append(i).append(". Telegram From the <gloss type=\"from\">Legation in ")
                    .append(place).append("</gloss> to the <gloss type=\"to\">Department of State</gloss><note n=\"1\" xml:id=\"d")
                    .append(i).append("fn1\" type=\"source\">Source: Department of State, Central Files, 764.00/")
                    .append(i).append(". ").append(MARKINGS[dice.nextInt(MARKINGS.length)]).append(".</note></head>\n");
            x.append("                        <dateline><placeName>").append(place).append("</placeName>, <date>")
                    .append(day.format(WRITTEN)).append("—2 p.m.</date></dateline>\n");
        }
        int first = editorial ? 1 : 2;
        for (int p = 0; p < NOTES; p++) {
            int k = dice.nextInt(PERSONS);
            String surname = personName(k).substring(0, personName(k).indexOf(','));
            x.append("                        <p>").append(SENTENCES[dice.nextInt(SENTENCES.length)]).append(" <persName corresp=\"#p_")
                    .append(k).append("\">").append(surname).append("</persName> said so.<note n=\"").append(first + p)
                    .append("\" xml:id=\"d").append(i).append("fn").append(first + p).append("\">See note ").append(first + p)
                    .append(" of document ").append(i).append(".</note> ").append(SENTENCES[dice.nextInt(SENTENCES.length)])
                    .append("</p>\n");
        }
        x.append("                    </div>\n");
    }
}
