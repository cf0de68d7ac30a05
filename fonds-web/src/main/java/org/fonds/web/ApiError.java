package org.fonds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.fonds.record.RecordJson;

/** An error a handler answers with: an HTTP status and a message, sent as {"status", "error"}. */
final class ApiError extends RuntimeException {
    private final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    String json() {
        try {
            return RecordJson.mapper().writeValueAsString(Map.of("status", status, "error", getMessage()));
        } catch (JsonProcessingException e) {
            return "{\"status\":" + status + "}";
        }
    }
}
