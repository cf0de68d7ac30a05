package org.fonds.web.room;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The reading room's pages, from jte templates compiled at build time. jte escapes every value by
 * where it lands (element text, attribute, URL), so text from a record can never become markup;
 * the only unescaped output is snippet HTML, which {@code Snippets} escapes before marking.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {}

    /** Renders {@code template} (e.g. "search.jte") with its one parameter. */
    static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, model, out);
        return out.toString();
    }

    /**
     * Renders {@code template} with several parameters, by name, as the UTF-8 bytes a response
     * sends (what a page kept between requests holds, encoded once). jte's own {@code
     * Utf8ByteOutput} keeps an array for every piece written, thousands for a large page.
     */
    static byte[] bytes(String template, Map<String, Object> params) {
        return render(template, params).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Renders {@code template} with several parameters, by name. */
    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
