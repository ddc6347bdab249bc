package jp.tokyo.mcc.console.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that never reached a controller (unknown path under /api, ...) also answer {@code {"error","detail"}}
 * when JSON is rendered (Spring Boot's /error), without exception messages or stack traces.
 */
@Component
class ErrorJsonAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = new LinkedHashMap<>(super.getErrorAttributes(request, options));
        Object status = attributes.get("status");
        Object reason = attributes.get("error");
        attributes.put("error", status instanceof Integer code ? errorCode(code) : String.valueOf(reason));
        attributes.put("detail", String.valueOf(reason));
        return attributes;
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            default -> status >= 500 ? "internal" : "error";
        };
    }
}
