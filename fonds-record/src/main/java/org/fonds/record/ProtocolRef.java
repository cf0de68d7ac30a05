package org.fonds.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A formal protocol reference: "(Re: Point I of Protocol No. 50)" is number 50, point I. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProtocolRef(String number, String point) {
    public ProtocolRef {
        Objects.requireNonNull(number, "number");
    }
}
