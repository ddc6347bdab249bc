package jp.tokyo.mcc.inquiry.internal;

import org.springframework.stereotype.Component;

/** What the family is told when what they sent cannot be passed on (messages/inquiry.properties). */
@Component
class AttachmentNotices {

    private final InquiryTexts texts;
    private final AttachmentProperties properties;

    AttachmentNotices(InquiryTexts texts, AttachmentProperties properties) {
        this.texts = texts;
        this.properties = properties;
    }

    /** Too large to keep: the limit, and what they can do instead. */
    String tooLarge(String type) {
        return texts.get("inquiry.attachment.too-large", kind(type), properties.maxSizeText());
    }

    /** Not of a kind counsellors can open safely: what they can send instead. */
    String wrongType(String type) {
        return texts.get("inquiry.attachment.wrong-type", kind(type));
    }

    private String kind(String type) {
        return texts.get("inquiry.attachment.kind." + type);
    }
}
