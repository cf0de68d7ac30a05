package org.fonds.parse;

/**
 * A fictional export (our own text, in the layout of the corpus) around whatever contents a test
 * needs, for tests about the contents rather than the labels.
 */
public final class Fiction {
    public static final String URL = "https://digitalarchive.wilsoncenter.org/document/900001";

    private Fiction() {
    }

    /** A whole export whose contents, after "Translation - English", are {@code contents}. */
    public static String record(String contents) {
        return recordCiting(URL, contents);
    }

    /** The same export citing {@code url} instead. */
    public static String recordCiting(String url, String contents) {
        return recordWithCitation("""
                "Minutes of the Session of the Harbour Committee on 3 March 1961", March 3, 1961, Wilson Center \
                Digital Archive, GAKO, F. 12, Op. 3, D. 45, Ll. 7-9, compiled by A. B. Petrova. Published in Harbour \
                Review 4, pp. 10-12 \s
                <%s>""".formatted(url), contents);
    }

    /** The same export with another citation. */
    public static String recordWithCitation(String citation, String contents) {
        return """
                **March 3, 1961** \s
                **Minutes of the Session of the Harbour Committee \s
                on 3 March 1961**

                **Citation:**

                %s

                **Summary:**

                The committee discusses the broken crane and the winter timetable.

                **Original Language:**

                Russian

                **Contents:**

                Translation - English

                %s
                """.formatted(citation, contents);
    }
}
