package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.fonds.parse.NeedsShared;
import org.fonds.record.RecordJson;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates a reader mistypes (issue 13): a month or day that does not exist is refused with a 400 that
 * names the parameter and says why, on every page of the reading room that takes dates; the shape
 * check alone let "1956-13" through and the page said "dated from 1956-13".
 */
@NeedsShared("corpus/seeds")
class ImpossibleDatesTest {
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final List<String> PAGES = List.of("/pictures/attendance", "/pictures/timeline", "/pictures/network",
            "/pictures/chronology", "/search");

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 10);
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close();
    }

    @Test
    void aMonthOrDayThatDoesNotExistIsNoDate() {
        assertThat(DateParameter.checked("from", " 1956-02-29 ")).isEqualTo("1956-02-29");
        assertThat(DateParameter.checked("to", "1956-12")).isEqualTo("1956-12");
        assertThat(DateParameter.checked("to", "")).isEmpty();
        assertThatThrownBy(() -> DateParameter.checked("from", "1956-13")).hasMessageStartingWith("from=1956-13 is no date").hasMessageContaining("no month 13");
        assertThatThrownBy(() -> DateParameter.checked("from", "1956-00-04")).hasMessageContaining("no month 00");
        assertThatThrownBy(() -> DateParameter.checked("to", "1957-02-29")).hasMessageStartingWith("to=1957-02-29 is no date").hasMessageContaining("no day 29 in 1957-02");
        assertThatThrownBy(() -> DateParameter.checked("to", "1956-11-31")).hasMessageContaining("no day 31 in 1956-11");
        assertThatThrownBy(() -> DateParameter.checked("to", "November 1956")).hasMessageContaining("dates are written 1956, 1956-11 or 1956-11-04");
    }

    @Test
    void everyPageThatTakesDatesRefusesAnImpossibleMonthAndSaysWhichParameter() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> month = get(page + "?from=1956-13", "text/html");
            assertThat(month.statusCode()).as(page).isEqualTo(400);
            assertThat(month.headers().firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
            assertThat(month.body()).as(page).contains("role=\"alert\"", "from=1956-13 is no date", "no month 13")
                    .doesNotContain("dated from 1956-13");
            HttpResponse<String> day = get(page + "?from=1956&to=1957-02-29", "text/html");
            assertThat(day.statusCode()).as(page).isEqualTo(400);
            assertThat(day.body()).as(page).contains("to=1957-02-29 is no date", "no day 29 in 1957-02");
            // a day that exists is read as before
            assertThat(get(page + "?from=1956-02-29&to=1956-12-31", "text/html").statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void aClientThatReadsJsonGetsTheReasonAsJson() throws Exception {
        for (String data : List.of("/pictures/attendance.json", "/pictures/network.json", "/pictures/chronology.json")) {
            HttpResponse<String> r = get(data + "?to=1956-04-31", "application/json");
            assertThat(r.statusCode()).as(data).isEqualTo(400);
            JsonNode body = RecordJson.mapper().readTree(r.body());
            assertThat(body.path("code").asText()).as(data).isEqualTo(PicturePages.BAD_DATE);
            assertThat(body.path("error").asText()).as(data).contains("to=1956-04-31 is no date", "no day 31 in 1956-04");
        }
        // a CSV is answered in words, for whoever opened it
        HttpResponse<String> csv = get("/pictures/timeline.csv?from=1956-13", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.body()).contains("from=1956-13 is no date", "no month 13");
    }

    @Test
    void theDocumentsOfAYearTakeFourDigitsAndNothingElse() throws Exception {
        assertThat(DateParameter.year("year", " 1956 ")).isEqualTo("1956");
        for (String bad : List.of("19566", "1956-11", "abc", "1956%20OR%201957")) {
            HttpResponse<String> page = get("/dates?year=" + bad, "text/html");
            assertThat(page.statusCode()).as(bad).isEqualTo(400);
            assertThat(page.body()).as(bad).contains("is no date", "years are written with four digits").doesNotContain("Documents of");
            JsonNode json = RecordJson.mapper().readTree(get("/dates?year=" + bad, "application/json").body());
            assertThat(json.path("code").asText()).as(bad).isEqualTo(PicturePages.BAD_DATE);
        }
        HttpResponse<String> year = get("/dates?year=1956", "text/html");
        assertThat(year.statusCode()).isEqualTo(200);
        assertThat(year.body()).contains("Documents of 1956");
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(archive.base() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
