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
 */
public record InquiryMessage(long id, Author author, String authorName, String text, Instant at, List<String> safety) {

    public InquiryMessage {
        safety = safety == null ? List.of() : List.copyOf(safety);
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
