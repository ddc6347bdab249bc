package jp.tokyo.mcc.inquiry;

/**
 * What became of a counsellor's message on its way to the family.
 *
 * @param messageId  the transcript line
 * @param state      SENDING (not taken by LINE yet, or being tried again), DELIVERED (LINE took it), REFUSED
 * @param httpStatus LINE's answer to the last attempt (null: none)
 * @param reason     a short technical reason for a refusal, e.g. {@code HTTP 400 not-delivered} (never message text)
 */
public record MessageDelivery(long messageId, State state, Integer httpStatus, String reason) {

    public enum State { SENDING, DELIVERED, REFUSED }

    /** The word after the status in {@link #reason()} ({@code not-delivered}, {@code monthly-limit}...), or null. */
    public String reasonKind() {
        if (reason == null) {
            return null;
        }
        String[] parts = reason.split(" ");
        return parts.length >= 3 ? parts[2] : null;
    }
}
