package jp.tokyo.mcc.line.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.outbox.OutboxService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The bot works in one-to-one chats only: in a group or room it says so politely, once when it joins and at
 * most once a day when someone writes there; it never reads on.
 */
@Component
class GroupChatNotice {

    private static final Duration QUIET = Duration.ofHours(24);

    private final OutboxService replies;
    private final MessageSource texts;
    private final Map<String, Instant> lastNotice = new ConcurrentHashMap<>();

    GroupChatNotice(OutboxService replies, MessageSource texts) {
        this.replies = replies;
        this.texts = texts;
    }

    void answer(InboxEntry entry) {
        if (entry.chatId() == null || entry.isStandby()) {
            return;
        }
        boolean joined = "join".equals(entry.eventType());
        boolean spoken = "message".equals(entry.eventType());
        if (!joined && !spoken) {
            return;
        }
        Instant now = Instant.now();
        Instant last = lastNotice.get(entry.chatId());
        if (!joined && last != null && Duration.between(last, now).compareTo(QUIET) < 0) {
            return;
        }
        lastNotice.put(entry.chatId(), now);
        String note = texts.getMessage("line.group-note", null, Locale.JAPAN);
        replies.replyToChat(entry.chatId(), entry.id(), List.of(new OutgoingMessage.Text(note)));
    }
}
