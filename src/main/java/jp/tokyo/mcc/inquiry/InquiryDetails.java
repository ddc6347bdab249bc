package jp.tokyo.mcc.inquiry;

import java.util.List;

/** An inquiry with its full transcript, oldest first. */
public record InquiryDetails(Inquiry inquiry, List<InquiryMessage> messages) {

    public InquiryDetails {
        messages = List.copyOf(messages);
    }
}
