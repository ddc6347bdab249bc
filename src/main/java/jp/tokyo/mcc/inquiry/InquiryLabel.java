package jp.tokyo.mcc.inquiry;

import jp.tokyo.mcc.directory.CenterId;

/** A label a center defined for its inquiries (e.g. 「電話済み」「訪問調整中」). */
public record InquiryLabel(long id, CenterId center, String name) {
}
