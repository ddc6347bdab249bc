package jp.tokyo.mcc.inquiry.internal;

import jp.tokyo.mcc.shared.Language;
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

    /** Too large to keep: the limit, and what they can do instead (in the family's language). */
    String tooLarge(String type, String userId) {
        Language language = texts.languageOf(userId);
        return texts.forFamily(language, "inquiry.attachment.too-large", kind(type, language),
                properties.maxSizeText());
    }

    /** Not of a kind counsellors can open safely: what they can send instead (in the family's language). */
    String wrongType(String type, String userId) {
        Language language = texts.languageOf(userId);
        return texts.forFamily(language, "inquiry.attachment.wrong-type", kind(type, language));
    }

    private String kind(String type, Language language) {
        return texts.forFamily(language, "inquiry.attachment.kind." + type);
    }
}
