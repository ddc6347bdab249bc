package jp.tokyo.mcc.simulator;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;

/**
 * What a simulated family does in LINE: adds the account as a friend, types, taps a chip or button, sends a sticker,
 * blocks. Each action shows in their chat as LINE would show it and reaches the bot as a signed webhook event.
 */
@Service
class SimulatedFamily {

    /** Longest text a family can send (longer input is refused by the page and here). */
    static final int MAX_TEXT = 5000;

    enum Outcome {
        /** the bot accepted the webhook */
        DELIVERED,
        /** the bot refused the webhook or could not be reached */
        NOT_DELIVERED,
        UNKNOWN_USER,
        /** the family blocked the account: they cannot send until they unblock */
        BLOCKED,
        INVALID
    }

    private final SimulatedChats chats;
    private final SimulatedContents contents;
    private final WebhookEvents events;
    private final WebhookPoster poster;
    /** The bot's own user id, the {@code destination} of every webhook. */
    private final String botUserId = SimulatorIds.botUserId();

    SimulatedFamily(SimulatedChats chats, SimulatedContents contents, ObjectMapper json, WebhookPoster poster) {
        this.chats = chats;
        this.contents = contents;
        this.events = new WebhookEvents(json);
        this.poster = poster;
    }

    Outcome sendText(String userId, String text) {
        if (text == null || text.isBlank() || text.codePointCount(0, text.length()) > MAX_TEXT) {
            return Outcome.INVALID;
        }
        return say(userId, "text", text, (token, at) -> events.text(userId, at, token, text));
    }

    Outcome sendSticker(String userId) {
        return say(userId, "sticker", WebhookEvents.STICKER_PACKAGE_ID + "/" + WebhookEvents.STICKER_ID,
                (token, at) -> events.sticker(userId, at, token));
    }

    /**
     * A photo, video, audio or file the family chose, sent as LINE would: an image, video or audio message when the
     * browser says it is one, else a file message with its name and size; the bytes wait in the stand-in's data API.
     */
    Outcome sendMedia(String userId, byte[] bytes, String contentType, String fileName) {
        if (bytes == null || bytes.length == 0) {
            return Outcome.INVALID;
        }
        String type = contentType == null ? "file" : contentType.startsWith("image/") ? "image"
                : contentType.startsWith("video/") ? "video" : contentType.startsWith("audio/") ? "audio" : "file";
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        String messageId = SimulatorIds.messageId();
        contents.put(messageId, bytes, contentType);
        return say(userId, type, "file".equals(type) ? name : null,
                (token, at) -> events.media(userId, at, token, type, messageId, name, bytes.length));
    }

    /** A tap on a quick-reply chip or a template button the bot offered. */
    Outcome tap(String userId, OfferedAction action) {
        if (action == null || action.type() == null) {
            return Outcome.INVALID;
        }
        return switch (action.type()) {
            case "message" -> sendText(userId, action.text() != null ? action.text() : action.label());
            case "postback" -> postback(userId, action);
            default -> Outcome.INVALID;
        };
    }

    private Outcome postback(String userId, OfferedAction action) {
        if (action.data() == null || action.data().isEmpty()) {
            return Outcome.INVALID;
        }
        Optional<SimulatedChats.UserView> user = chats.user(userId);
        if (user.isEmpty()) {
            return Outcome.UNKNOWN_USER;
        }
        if (user.get().friendship() == SimulatedUser.Friendship.BLOCKED) {
            return Outcome.BLOCKED;
        }
        Instant at = chats.now();
        Long seq = null;
        if (action.displayText() != null && !action.displayText().isEmpty()) {
            seq = chats.addFamilyEntry(userId, ChatEntry.family(0, "text", at, action.displayText())).orElse(null);
        }
        String token = chats.issueReplyToken(userId);
        Outcome outcome = deliver(events.postback(userId, at.toEpochMilli(), token, action.data()));
        if (seq != null) {
            chats.setStatus(userId, seq, outcome == Outcome.DELIVERED ? "read" : "failed");
        }
        return outcome;
    }

    /** Adds the account as a friend (again, after a block). */
    Outcome follow(String userId) {
        Optional<SimulatedChats.UserView> user = chats.user(userId);
        if (user.isEmpty()) {
            return Outcome.UNKNOWN_USER;
        }
        if (user.get().friendship() == SimulatedUser.Friendship.FRIEND) {
            return Outcome.DELIVERED;
        }
        boolean unblocked = user.get().friendship() == SimulatedUser.Friendship.BLOCKED;
        Instant at = chats.now();
        chats.setFriendship(userId, SimulatedUser.Friendship.FRIEND);
        chats.addFamilyEntry(userId, ChatEntry.notice(0, at, unblocked ? "unblock" : "follow"));
        String token = chats.issueReplyToken(userId);
        return deliver(events.follow(userId, at.toEpochMilli(), token, unblocked));
    }

    /** Blocks the account: LINE tells the bot with an unfollow event. */
    Outcome block(String userId) {
        Optional<SimulatedChats.UserView> user = chats.user(userId);
        if (user.isEmpty()) {
            return Outcome.UNKNOWN_USER;
        }
        if (user.get().friendship() != SimulatedUser.Friendship.FRIEND) {
            return Outcome.INVALID;
        }
        Instant at = chats.now();
        chats.setFriendship(userId, SimulatedUser.Friendship.BLOCKED);
        chats.addFamilyEntry(userId, ChatEntry.notice(0, at, "block"));
        return deliver(events.unfollow(userId, at.toEpochMilli()));
    }

    private interface EventMaker {
        ObjectNode make(String replyToken, long timestamp);
    }

    private Outcome say(String userId, String type, String shown, EventMaker maker) {
        Optional<SimulatedChats.UserView> user = chats.user(userId);
        if (user.isEmpty()) {
            return Outcome.UNKNOWN_USER;
        }
        if (user.get().friendship() == SimulatedUser.Friendship.BLOCKED) {
            return Outcome.BLOCKED;
        }
        Instant at = chats.now();
        Optional<Long> seq = chats.addFamilyEntry(userId, ChatEntry.family(0, type, at, shown));
        if (seq.isEmpty()) {
            return Outcome.UNKNOWN_USER;
        }
        String token = chats.issueReplyToken(userId);
        Outcome outcome = deliver(maker.make(token, at.toEpochMilli()));
        chats.setStatus(userId, seq.get(), outcome == Outcome.DELIVERED ? "read" : "failed");
        return outcome;
    }

    private Outcome deliver(ObjectNode event) {
        int status = poster.post(events.body(botUserId, event));
        return status == 200 ? Outcome.DELIVERED : Outcome.NOT_DELIVERED;
    }
}
