package jp.tokyo.mcc.inquiry;

import java.time.Instant;

import jp.tokyo.mcc.directory.CenterId;

/**
 * One inquiry as the centers' reports count it: nothing of the family but the category and municipality they chose
 * (which stay after an erasure and after the retention period, so the counts stay too).
 *
 * @param center          the center handling it now
 * @param category        concern category (may be null)
 * @param municipality    official municipality name (may be null)
 * @param createdAt       when it was handed over
 * @param firstAnsweredAt when a counsellor first replied (null: not yet)
 * @param status          where it stands
 */
public record InquiryFacts(CenterId center, String category, String municipality, Instant createdAt,
                           Instant firstAnsweredAt, InquiryStatus status) {
}
