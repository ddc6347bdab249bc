/**
 * Reports for the centers: inquiries per month by category, center and municipality, first-response times in
 * business hours (median and 90th percentile, on the centers' calendar), and the monthly chart; the same counts as
 * CSV; the FAQ's use ("did this help?" replies, questions it could not answer) in counts. A counsellor (STAFF) sees
 * their own center, an administrator all. Reads the inquiry module's {@link jp.tokyo.mcc.inquiry.InquiryStatistics}
 * and the FAQ module's {@link jp.tokyo.mcc.knowledge.FaqReports#use}, never the family's words.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package jp.tokyo.mcc.reports;
