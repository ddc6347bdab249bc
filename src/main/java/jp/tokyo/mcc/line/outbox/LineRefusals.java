package jp.tokyo.mcc.line.outbox;

import java.util.Locale;

/**
 * LINE's refusal as a short technical reason to store: {@code HTTP <status>} and, when LINE's error message says
 * which known case it is, a word for it (so that the console can explain it plainly). LINE's message itself is
 * matched, never stored or logged: some refusals name the user.
 */
final class LineRefusals {

    private LineRefusals() {
    }

    /** E.g. {@code HTTP 400}, {@code HTTP 400 not-delivered}, {@code HTTP 429 monthly-limit}. */
    static String describe(int status, String lineMessage) {
        String kind = kind(lineMessage == null ? "" : lineMessage.toLowerCase(Locale.ROOT));
        return kind == null ? "HTTP " + status : "HTTP " + status + " " + kind;
    }

    private static String kind(String message) {
        if (message.contains("reply token")) {
            return "reply-token";
        }
        if (message.contains("monthly limit")) {
            return "monthly-limit";
        }
        if (message.contains("failed to send messages")) {
            return "not-delivered";
        }
        if (message.contains("request body has")) {
            return "bad-message";
        }
        if (message.contains("authentication failed")) {
            return "token";
        }
        if (message.contains("too many requests") || message.contains("rate limit")) {
            return "rate-limit";
        }
        return null;
    }
}
