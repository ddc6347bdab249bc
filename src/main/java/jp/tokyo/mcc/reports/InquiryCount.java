package jp.tokyo.mcc.reports;

import java.time.YearMonth;

import jp.tokyo.mcc.directory.CenterId;

/**
 * How many inquiries one month brought to one center in one category from one municipality (a row of the CSV).
 *
 * @param category     null when the family gave none
 * @param municipality null when the family gave none
 */
public record InquiryCount(YearMonth month, CenterId center, String category, String municipality, long count) {
}
