package jp.tokyo.mcc.conversation;

/**
 * What the family is told after the handoff; the flow's texts use these as {@code {inquiry.number}},
 * {@code {inquiry.center}} and {@code {inquiry.next-answer}}.
 *
 * @param inquiryNumber the number the family can quote, e.g. K-2026-0042
 * @param centerName    the center it went to
 * @param nextAnswer    when a counsellor can answer, e.g. 12月1日(月) 9時以降 (or that counsellors are in now)
 */
public record HandoffReceipt(String inquiryNumber, String centerName, String nextAnswer) {
}
