package jp.tokyo.mcc.inquiry.internal;

import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.inquiry.InquiryException.Reason;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.stereotype.Component;

/** Who may see an inquiry: a counsellor their own center's (another center's is "not found"), an administrator all. */
@Component
class InquiryAccess {

    private final InquiryRows store;

    InquiryAccess(InquiryRows store) {
        this.store = store;
    }

    /** The inquiry if the actor may see it; else NOT_FOUND. */
    InquiryRow visible(StaffMember actor, long id) {
        InquiryRow row = store.byId(id).orElse(null);
        if (row == null || !actor.canSee(row.inquiry().center())) {
            throw new InquiryException(Reason.NOT_FOUND, "not_found", "no inquiry " + id + " that you can see");
        }
        return row;
    }

    /** Refuses (CONFLICT) when another counsellor holds the inquiry, unless the actor is an administrator. */
    static void requireNotHeldByOther(StaffMember actor, InquiryRow row) {
        boolean heldByOther = row.inquiry().isClaimed() && !actor.username().equals(row.inquiry().ownerUsername());
        if (heldByOther && !actor.isAdmin()) {
            throw new InquiryException(Reason.CONFLICT, "claimed",
                    "another staff member holds this inquiry: " + row.inquiry().ownerName());
        }
    }
}
