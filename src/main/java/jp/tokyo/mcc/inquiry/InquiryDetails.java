package jp.tokyo.mcc.inquiry;

import java.util.List;

/**
 * An inquiry with its full transcript, oldest first, and the consent text its family agreed to (null: none recorded).
 */
public record InquiryDetails(Inquiry inquiry, List<InquiryMessage> messages, ConsentVersion consent) {

    public InquiryDetails {
        messages = List.copyOf(messages);
    }

    public InquiryDetails(Inquiry inquiry, List<InquiryMessage> messages) {
        this(inquiry, messages, null);
    }
}
