package jp.tokyo.mcc.inquiry;

import jp.tokyo.mcc.directory.CenterId;

/**
 * Published (as a Spring application event, inside the changing transaction) whenever an inquiry changes, so the
 * console can update open pages. Carries no family data.
 *
 * @param inquiryId      which inquiry
 * @param center         its center after the change
 * @param previousCenter its center before a transfer (else the same as {@code center})
 * @param kind           what happened
 */
public record InquiryChanged(long inquiryId, CenterId center, CenterId previousCenter, Kind kind) {

    public enum Kind { OPENED, FAMILY_MESSAGE, STAFF_REPLY, NOTE, CLAIMED, TRANSFERRED, CLOSED, DELIVERY, LABELS, ASSIGNED,
        ERASED }

    public InquiryChanged(long inquiryId, CenterId center, Kind kind) {
        this(inquiryId, center, center, kind);
    }
}
