package jp.tokyo.mcc.line;

/**
 * The content of an image, video, audio or file a family sent (LINE's data API, LINE_API_DATA_ENDPOINT:
 * {@code GET /v2/bot/message/{messageId}/content}). LINE keeps it for a while only. A trial chat's content comes from
 * the simulator's stand-in, never from LINE.
 */
public interface MessageContents {

    /**
     * Fetches one message's content, reading at most {@code maxBytes} (a longer one is {@link Outcome#TOO_LARGE}, read
     * no further).
     *
     * @param chatId     whose message it is (a trial chat's content is the stand-in's)
     * @param transcoded a video or an audio: LINE prepares it first, so whether it is ready is asked first
     */
    Fetched fetch(String chatId, String messageId, boolean transcoded, long maxBytes);

    /** What became of a fetch. */
    enum Outcome {
        /** The bytes are there. */
        CONTENT,
        /** Longer than allowed. */
        TOO_LARGE,
        /** LINE is still preparing the video or audio: ask again later. */
        NOT_READY,
        /** LINE could not prepare the video or audio. */
        NOT_PREPARED,
        /** LINE does not have it (any more): 404 or 410. */
        GONE,
        /** LINE refused the call otherwise (another 4xx). */
        REFUSED,
        /** LINE did not answer, or answered 429 or 5xx: try again later. */
        UNAVAILABLE
    }

    /**
     * @param bytes        the content ({@link Outcome#CONTENT} only)
     * @param declaredType the Content-Type LINE gave it (the bytes decide what it is)
     * @param httpStatus   LINE's status when it refused or failed, else null
     */
    record Fetched(Outcome outcome, byte[] bytes, String declaredType, Integer httpStatus) {

        public static Fetched of(Outcome outcome) {
            return new Fetched(outcome, null, null, null);
        }

        public static Fetched failed(Outcome outcome, Integer httpStatus) {
            return new Fetched(outcome, null, null, httpStatus);
        }
    }
}
