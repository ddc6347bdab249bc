package jp.tokyo.mcc.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;

/**
 * The inquiries of a period, counted for the centers.
 *
 * @param from          first day counted
 * @param to            last day counted
 * @param centers       the centers counted (a counsellor's own, or those an administrator chose)
 * @param months        every month of the period, oldest first (months without inquiries too)
 * @param counts        month x center x category x municipality, with a count; only combinations that occurred,
 *                      ordered by month, center, category, municipality
 * @param monthly       per month, per center: how many (every month of the period, every center counted)
 * @param byCategory    per category, how many, most first
 * @param byMunicipality per municipality, how many, most first
 * @param responseTimes per center, then (last) every center together
 * @param total         inquiries counted
 */
public record InquiryReport(LocalDate from, LocalDate to, List<CenterId> centers, List<YearMonth> months,
                            List<InquiryCount> counts, Map<YearMonth, Map<CenterId, Long>> monthly,
                            Map<String, Long> byCategory, Map<String, Long> byMunicipality,
                            List<ResponseTimes> responseTimes, long total) {
}
