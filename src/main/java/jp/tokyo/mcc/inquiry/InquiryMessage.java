package jp.tokyo.mcc.inquiry;

import java.time.Instant;
import java.util.List;

/**
 * One line of an inquiry's transcript.
 *
 * @param id         database id
 * @param author     who wrote it
 * @param authorName the counsellor's display name (STAFF, NOTE), else null
 * @param text       what was said (stickers and images are noted in words)
 * @param at         when
 * @param safety     the safety net's tiers this family message was answered with first (empty: none)
 * @param attachments the image, video, audio or file the family sent with this line (empty: none)
 */
public record InquiryMessage(long id, Author author, String authorName, String text, Instant at, List<String> safety,
                             List<InquiryAttachment> attachments) {

    public InquiryMessage {
        safety = safety == null ? List.of() : List.copyOf(safety);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public InquiryMessage(long id, Author author, String authorName, String text, Instant at, List<String> safety) {
        this(id, author, authorName, text, at, safety, List.of());
    }

    /** The same line with these attachments. */
    public InquiryMessage withAttachments(List<InquiryAttachment> found) {
        return new InquiryMessage(id, author, authorName, text, at, safety, found);
    }

    public enum Author {
        /** The family, on LINE. */
        FAMILY,
        /** The bot, before the handoff or in a notice. */
        BOT,
        /** A counsellor's reply, sent to the family. */
        STAFF,
        /** A counsellor's internal note: never sent to the family. */
        NOTE,
        /** What happened (claimed, transferred, closed...). */
        SYSTEM
    }
}
