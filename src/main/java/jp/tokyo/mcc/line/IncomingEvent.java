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
 */
public record IncomingEvent(long inboxId, String webhookEventId, Kind kind, String userId, Instant timestamp,
                            String messageType, String text, String postbackData, boolean redelivery) {

    public enum Kind { MESSAGE, POSTBACK, FOLLOW, UNFOLLOW, UNSEND, OTHER }

    public boolean isText() {
        return kind == Kind.MESSAGE && "text".equals(messageType) && text != null;
    }
}
