package org.fonds.deliberation.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * An item of a session's agenda: "V. On Purging the Higher Educational Institutions" is point V.
 * Where the heading has no numeral, the first item takes the point of the session's protocol
 * reference ("(Re: Point I of Protocol No. 50)"); {@code point} is null when neither gives one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItem(String point, String title) {
    public AgendaItem {
        Objects.requireNonNull(title, "title");
    }
}
