package jp.tokyo.mcc.reports;

import java.time.Duration;

import jp.tokyo.mcc.directory.CenterId;

/**
 * How long families waited for a counsellor's first reply, counted in business hours on the centers' calendar (the
 * night, weekends, holidays and the year-end closure do not count), over the inquiries of a report.
 *
 * @param center     the center (null: every center of the report together)
 * @param answered   inquiries that got a first reply
 * @param unanswered inquiries still without one
 * @param median     the median wait (null when none was answered)
 * @param p90        the 90th percentile (nearest rank: 9 in 10 waited at most this long; null when none was answered)
 */
public record ResponseTimes(CenterId center, int answered, int unanswered, Duration median, Duration p90) {
}
