package jp.tokyo.mcc.inquiry;

import jp.tokyo.mcc.staff.StaffMember;

/**
 * The bytes of what families sent, for staff, under the inquiry's visibility rules (a counsellor their own center's,
 * "not found" otherwise; an administrator all). Every read is audited.
 */
public interface InquiryAttachments {

    /**
     * A stored attachment's description without its bytes (not audited: nothing of it is read; a browser that has the
     * bytes asks whether they changed); NOT_FOUND as for {@link #read}.
     */
    InquiryAttachment describe(StaffMember actor, long inquiryId, long attachmentId);

    /** A stored attachment's bytes; NOT_FOUND when the actor may not see the inquiry or it has no such stored one. */
    Content read(StaffMember actor, long inquiryId, long attachmentId);

    /** The bytes with what they are. */
    record Content(InquiryAttachment attachment, byte[] bytes) {
    }
}
