package jp.tokyo.mcc.shared;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Why an administrator file could not be parsed, for logs and admin pages: never quotes the file's text. */
public final class ParseErrors {

    private static final int MAX_REASON = 120;

    private ParseErrors() {
    }

    /** The parser's reason (first line, at most 120 characters) and position, or the exception's type. */
    public static String describe(Exception e) {
        if (e instanceof JsonProcessingException j) {
            String reason = String.valueOf(j.getOriginalMessage()).lines().findFirst().orElse("parse error");
            if (reason.length() > MAX_REASON) {
                reason = reason.substring(0, MAX_REASON);
            }
            var location = j.getLocation();
            return location == null ? reason
                    : reason + ", line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        return e.getClass().getSimpleName();
    }
}
