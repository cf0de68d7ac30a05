package org.fonds.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pages written here in our own words, with the structure saved web pages have. */
class HtmlPageTest {
    @Test
    void a_page_opens_with_its_document_type_or_html_tag_and_text_holding_tags_is_none() {
        assertTrue(HtmlPage.isPage("<!DOCTYPE html>\n<html><body>x</body></html>"));
        assertTrue(HtmlPage.isPage("\uFEFF  <!doctype HTML>\n<p>x"));
        assertTrue(HtmlPage.isPage("<!-- saved from url=(0022)https://example.org/ -->\n<html lang=\"en\">"));
        assertTrue(HtmlPage.isPage("<HTML>\n<BODY>x"));
        assertFalse(HtmlPage.isPage("<p>A note pasted with its tags</p>"));
        assertFalse(HtmlPage.isPage("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">"));
        assertFalse(HtmlPage.isPage("<!DOCTYPE TEI SYSTEM \"tei.dtd\">"));
        assertFalse(HtmlPage.isPage("<htmlish>"));
        assertFalse(HtmlPage.isPage("<!-- a comment never closed <html>"));
        assertFalse(HtmlPage.isPage("Minutes of the session.\n<html>"));
    }

    @Test
    void paragraphs_stand_apart_by_a_blank_line_and_breaks_items_and_rows_end_lines() {
        String html = "<html><body><h1>A  Title\n of two</h1><p>First line<br>second line</p><p>Next &amp; last&nbsp;one</p>"
                + "<ul><li>one</li><li>two</li></ul><dl><dt>Original Language</dt><dd>Russian</dd></dl>"
                + "<table><tr><td>F.</td><td>3</td></tr><tr><th>Op.</th><td>12</td></tr></table></body></html>";
        assertEquals("A Title of two\n\nFirst line\nsecond line\n\nNext & last\u00a0one\n\none\ntwo\nOriginal Language\nRussian\n\n"
                + "F.\t3\nOp.\t12", HtmlPage.read(html).text());
    }

    @Test
    void what_a_browser_never_shows_is_left_out_and_preformatted_text_kept_as_written() {
        String html = "<!DOCTYPE html><html><head><title>Site | Page</title><style>p{}</style></head><body>"
                + "<script>document.write('<p>injected</p>')</script><noscript>enable scripts</noscript>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/search\">Search</a></nav>"
                + "<div hidden>hidden</div><div style=\"display: none\">none</div><template><p>later</p></template>"
                + "<p>Shown <b>bold</b> and <i>slanted</i>.</p><pre>  F. 3,\n    Op. 12</pre></body></html>";
        assertEquals("Shown bold and slanted.\n\n  F. 3,\n    Op. 12", HtmlPage.read(html).text());
    }

    @Test
    void the_one_main_part_is_read_without_the_sites_banner_and_footer() {
        String html = "<html><body><header>The Archive</header><main><h1>Record</h1><p>Text.</p></main>"
                + "<footer>Copyright</footer></body></html>";
        assertEquals("Record\n\nText.", HtmlPage.read(html).text());
        String two = "<html><body><header>The Archive</header><main><p>One.</p></main><main><p>Two.</p></main></body></html>";
        assertEquals("The Archive\n\nOne.\n\nTwo.", HtmlPage.read(two).text());
    }

    @Test
    void the_address_is_the_canonical_link_else_the_open_graph_one_else_the_saved_from_mark() {
        String canonical = "<html><head><link rel=\"canonical\" href=\"https://archive.example.org/document/42\">"
                + "<meta property=\"og:url\" content=\"https://other.example.org/x\"></head><body>x</body></html>";
        assertEquals(Optional.of("https://archive.example.org/document/42"), HtmlPage.read(canonical).address());
        String og = "<html><head><meta property=\"og:url\" content=\"https://other.example.org/x\"></head><body>x</body></html>";
        assertEquals(Optional.of("https://other.example.org/x"), HtmlPage.read(og).address());
        String saved = "<!DOCTYPE html>\n<!-- saved from url=(0034)https://archive.example.org/doc/7 -->\n<html><body>x</body></html>";
        assertEquals(Optional.of("https://archive.example.org/doc/7"), HtmlPage.read(saved).address());
        String relative = "<html><head><link rel=\"canonical\" href=\"/document/42\"></head><body>x</body></html>";
        assertEquals(Optional.empty(), HtmlPage.read(relative).address());
        String script = "<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body>x</body></html>";
        assertEquals(Optional.empty(), HtmlPage.read(script).address());
    }

    @Test
    void a_page_nested_ten_thousand_deep_is_read_like_any_other() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000) + "</body></html>";
        assertEquals("deep", HtmlPage.read(html).text());
    }
}
