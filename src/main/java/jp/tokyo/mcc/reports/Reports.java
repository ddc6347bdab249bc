package jp.tokyo.mcc.reports;

import jp.tokyo.mcc.knowledge.FaqUse;
import jp.tokyo.mcc.staff.StaffMember;

/** The centers' reports, with the access rules: a counsellor their own center, an administrator every center. */
public interface Reports {

    /**
     * The inquiries of a period. A counsellor asking for another center gets {@link ReportException.Reason#FORBIDDEN};
     * without a center they get their own, an administrator every center.
     */
    InquiryReport inquiries(StaffMember actor, ReportQuery query);

    /**
     * The FAQ's use in the period ("did this help?" replies per entry, questions it could not answer), in counts only;
     * the FAQ serves every center, so every staff member sees the same. Empty without the FAQ module.
     */
    java.util.Optional<FaqUse> faq(StaffMember actor, ReportQuery query);
}
