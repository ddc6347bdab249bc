package jp.tokyo.mcc.inquiry.internal;

import java.time.LocalDate;

import jp.tokyo.mcc.inquiry.Inquiry;

/** An inquiry with what stays inside the module: the family's LINE user id and the last out-of-hours notice day. */
record InquiryRow(Inquiry inquiry, String userId, LocalDate lastNoticeOn) {

    long id() {
        return inquiry.id();
    }
}
