package jp.tokyo.mcc.line;

import java.time.Instant;

/**
 * One webhook event from a family's one-to-one chat, handed from the inbox to whoever handles
 * conversations, one at a time per user and in timestamp order. Published as an application event
 * and handled synchronously: a handler that throws leaves the event to be retried.
 *
 * @param inboxId         the inbox row (used to answer with the event's reply token)
 * @param webhookEventId  LINE's id of the event
 * @param kind            what happened
 * @param userId          the LINE user id (never log it at INFO)
 * @param timestamp       when LINE says it happened
 * @param messageType     for {@link Kind#MESSAGE}: text, sticker, image, video, audio, file, location
 * @param text            the text of a text message (never log it)
 * @param postbackData    the data of a postback
 * @param redelivery      LINE redelivered this event
 * @param media           for an image, video, audio or file message: where its content is (else null)
 */
public record IncomingEvent(long inboxId, String webhookEventId, Kind kind, String userId, Instant timestamp,
                            String messageType, String text, String postbackData, boolean redelivery, Media media) {

    public enum Kind { MESSAGE, POSTBACK, FOLLOW, UNFOLLOW, UNSEND, OTHER }

    /** An event without media content. */
    public IncomingEvent(long inboxId, String webhookEventId, Kind kind, String userId, Instant timestamp,
                         String messageType, String text, String postbackData, boolean redelivery) {
        this(inboxId, webhookEventId, kind, userId, timestamp, messageType, text, postbackData, redelivery, null);
    }

    /**
     * The content of an image, video, audio or file message, kept at LINE for a while and fetched from LINE's data API
     * by its message id (never log the file name).
     *
     * @param messageId    LINE's message id
     * @param external     the content is at a URL of another provider (contentProvider.type external), not at LINE
     * @param fileName     a file message's name (else null)
     * @param declaredSize a file message's size in bytes as LINE states it (else null)
     */
    public record Media(String messageId, boolean external, String fileName, Long declaredSize) {
    }

    /** An image, video, audio or file message whose content the bot can fetch. */
    public boolean hasMedia() {
        return kind == Kind.MESSAGE && media != null && media.messageId() != null;
    }

    public boolean isText() {
        return kind == Kind.MESSAGE && "text".equals(messageType) && text != null;
    }
}
