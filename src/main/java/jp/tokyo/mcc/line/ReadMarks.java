package jp.tokyo.mcc.line;

import java.util.Optional;

/**
 * LINE's read marks (既読) on a family's messages. LINE's current Messaging API marks them with the
 * {@code markAsReadToken} it puts in each message's webhook event ({@code POST /v2/bot/chat/markAsRead}); the older
 * call with a user id ({@code /v2/bot/message/markAsRead}) is for LINE's partners only. So the token is taken from
 * the stored event while it is handled (its body is cleared afterwards) and kept by whoever marks later.
 */
public interface ReadMarks {

    /** The {@code markAsReadToken} of a message event, while it is handled (asked by those who handle it). */
    Optional<String> tokenOf(long inboxId);

    /** Marks the chat's messages up to the token's as read; false when LINE refused or could not be reached. */
    boolean markAsRead(String chatId, String token);
}
