package jp.tokyo.mcc.inquiry;

/**
 * An image, video, audio or file a family sent during an inquiry, as staff see it (never its bytes: those are read
 * one at a time through {@link InquiryAttachments}).
 *
 * @param id          attachment id
 * @param messageId   the transcript line it belongs to
 * @param type        image, video, audio or file (LINE's message type)
 * @param state       where it stands
 * @param problem     why it was refused or could not be fetched (null otherwise): too_large, type, expired,
 *                    not_prepared, refused, unavailable, external
 * @param contentType the type its bytes were found to be (STORED only)
 * @param size        its size in bytes (STORED only)
 * @param fileName    a file message's name (null for the others)
 * @param sha256      the bytes' SHA-256 in hex (STORED only; the ETag)
 */
public record InquiryAttachment(long id, long messageId, String type, State state, String problem, String contentType,
                                Long size, String fileName, String sha256) {

    public enum State {
        /** Being fetched from LINE (retried after failures and restarts). */
        PENDING,
        /** Kept with the inquiry. */
        STORED,
        /** Not kept: too large, or not of an allowed type (the family was told). */
        REFUSED,
        /** Not kept: LINE no longer has it, or could not prepare it. */
        FAILED
    }

    /** A picture the console may show inline (a thumbnail); the rest is offered as a download. */
    public boolean isPicture() {
        return state == State.STORED && contentType != null && switch (contentType) {
            case "image/jpeg", "image/png", "image/gif", "image/webp" -> true;
            default -> false;
        };
    }
}
