package jp.tokyo.mcc.reports;

import jp.tokyo.mcc.staff.StaffMember;

/** The centers' reports, with the access rules: a counsellor their own center, an administrator every center. */
public interface Reports {

    /**
     * The inquiries of a period. A counsellor asking for another center gets {@link ReportException.Reason#FORBIDDEN};
     * without a center they get their own, an administrator every center.
     */
    InquiryReport inquiries(StaffMember actor, ReportQuery query);
}
