package jp.tokyo.mcc.records;

/**
 * Who asked for an erasure, how, and which record the audit line is about.
 *
 * @param actor       {@code family}, or the staff member's username
 * @param channel     how the request came
 * @param subjectType the audit subject ({@code family}, or {@code inquiry} when staff erase from an inquiry)
 * @param subjectId   the audit subject's id (the inquiry's id), or null
 */
public record ErasureRequest(String actor, Channel channel, String subjectType, String subjectId) {

    public enum Channel {
        /** The family asked on LINE (「データを削除」) and confirmed. */
        LINE,
        /** A staff member erased on the family's request made another way (by phone): from an inquiry. */
        STAFF
    }

    public static final String FAMILY = "family";

    /** The family's own request on LINE. */
    public static ErasureRequest byFamily() {
        return new ErasureRequest(FAMILY, Channel.LINE, FAMILY, null);
    }

    /** A staff member acting on a request by phone, from one of the family's inquiries. */
    public static ErasureRequest byStaff(String username, long inquiryId) {
        return new ErasureRequest(username, Channel.STAFF, "inquiry", String.valueOf(inquiryId));
    }
}
