package jp.tokyo.mcc.inquiry;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.staff.StaffMember;

/**
 * Labels each center defines and puts on its inquiries. A counsellor defines and uses their own center's labels; an
 * administrator any center's. Applying and removing are audited and shown live.
 */
public interface InquiryLabels {

    /** The labels of the centers the actor may see (null: all of those), by center and name. */
    List<InquiryLabel> defined(StaffMember actor, CenterId center);

    /** Defines a label for a center (the same name again returns the existing one); INVALID for an empty name. */
    InquiryLabel define(StaffMember actor, CenterId center, String name);

    /** The labels on these inquiries (ids the actor was shown), by inquiry id. */
    Map<Long, List<InquiryLabel>> on(Collection<Long> inquiryIds);

    /** Puts one of the inquiry's center's labels on it (nothing happens when it is there already). */
    void apply(StaffMember actor, long inquiryId, long labelId);

    /** Puts the label of that name on the inquiry, defining it for the inquiry's center first when it is new. */
    InquiryLabel apply(StaffMember actor, long inquiryId, String name);

    /** Takes the label off the inquiry. */
    void remove(StaffMember actor, long inquiryId, long labelId);
}
