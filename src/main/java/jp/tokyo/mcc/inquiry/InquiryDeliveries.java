package jp.tokyo.mcc.inquiry;

import java.util.Map;

import jp.tokyo.mcc.staff.StaffMember;

/**
 * Delivery truth for counsellors: the fate of each of their messages in an inquiry, and sending a refused one again
 * (with the same retry key: LINE never delivers it twice). The same visibility rules as {@link Inquiries}.
 */
public interface InquiryDeliveries {

    /** The inquiry's counsellor messages that went to LINE, by transcript line id. */
    Map<Long, MessageDelivery> of(StaffMember actor, long inquiryId);

    /**
     * Sends a refused message again; INVALID when it is not a refused message of this inquiry, CONFLICT when another
     * counsellor holds the inquiry (administrators may).
     */
    void retry(StaffMember actor, long inquiryId, long messageId);
}
