package jp.tokyo.mcc.simulator;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** An error body in the shape the Messaging API answers with ({@code ErrorResponse} in LINE's OpenAPI spec). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LineApiError(String message, List<Detail> details, JsonNode sentMessages) {

    record Detail(String message, String property) {
    }

    static LineApiError of(String message) {
        return new LineApiError(message, null, null);
    }

    static LineApiError of(List<Detail> details) {
        return new LineApiError("The request body has " + details.size() + " error(s)", details, null);
    }
}
