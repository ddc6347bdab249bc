package jp.tokyo.mcc.inquiry;

import java.util.List;

import jp.tokyo.mcc.staff.StaffMember;

/**
 * Handing an inquiry to a colleague of its center: whoever holds it (or anyone while nobody does, or an administrator)
 * names the counsellor who takes it; audited, noted in the transcript and shown live.
 */
public interface InquiryAssignments {

    /** The enabled counsellors of the inquiry's center, by name. */
    List<Colleague> colleagues(StaffMember actor, long inquiryId);

    /**
     * Gives the inquiry to {@code username}; INVALID when that is not an enabled counsellor of the inquiry's center,
     * CONFLICT when someone else holds it and the actor is not an administrator, or when it is closed.
     */
    Inquiry assign(StaffMember actor, long inquiryId, String username);

    /** A counsellor one may hand an inquiry to. */
    record Colleague(String username, String name) {
    }
}
