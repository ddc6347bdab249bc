package jp.tokyo.mcc.line.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.OutgoingMessages;
import jp.tokyo.mcc.shared.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Stores what is to be sent (inside the caller's transaction, so an answer exists exactly when the state that
 * produced it was saved) and sends it once that transaction has committed.
 */
@Service
public class OutboxService implements Outbox {

    private static final Logger log = LoggerFactory.getLogger(OutboxService.class);

    private final OutboxBatches store;
    private final OutboxDelivery delivery;
    private final ReplyTokens replyTokens;
    private final LineApi api;
    /** Built once: a writer per message cost a type resolution each time (a third of the outbox's JSON work). */
    private final ObjectWriter messagesJson;
    private final Clock clock;
    private final Duration retryJobGrace;

    OutboxService(OutboxBatches store, OutboxDelivery delivery, ReplyTokens replyTokens, LineApi api, ObjectMapper json,
                  LineProperties properties, Optional<Clock> clock) {
        this.retryJobGrace = properties.sendTimeout();
        this.store = store;
        this.delivery = delivery;
        this.replyTokens = replyTokens;
        this.api = api;
        this.messagesJson = json.writerFor(new TypeReference<List<OutgoingMessage>>() { });
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<Long> reply(IncomingEvent event, List<OutgoingMessage> messages) {
        return replyToChat(event.userId(), event.inboxId(), messages);
    }

    /** Answers an event of any chat (also groups and rooms) by reply while fresh, else by push. */
    public List<Long> replyToChat(String chatId, long inboxEventId, List<OutgoingMessage> messages) {
        List<List<OutgoingMessage>> requests = OutgoingMessages.prepare(messages);
        Optional<ReplyTokens.Token> token = replyTokens.take(inboxEventId);
        return store(chatId, inboxEventId, token.orElse(null), requests, Origin.BOT);
    }

    /**
     * Sends a short notice now with an event's reply token, outside the outbox: not stored, never retried, never
     * pushed (the token would otherwise expire unused while processing is behind). True when LINE accepted it.
     */
    public boolean replyNow(String chatId, String replyToken, List<OutgoingMessage> messages) {
        return delivery.replyOnce(chatId, replyToken, messages);
    }

    @Override
    public List<Long> push(String userId, List<OutgoingMessage> messages, Origin origin) {
        return store(userId, null, null, OutgoingMessages.prepare(messages), origin);
    }

    private List<Long> store(String chatId, Long inboxEventId, ReplyTokens.Token token,
                             List<List<OutgoingMessage>> requests, Origin origin) {
        if (chatId == null || chatId.isBlank()) {
            throw new IllegalArgumentException("no chat to send to");
        }
        Instant now = clock.instant();
        List<OutboxBatch> batches = new ArrayList<>(requests.size());
        // nothing of this chat is waiting to be sent (the usual case): the first batch is stored already claimed for
        // its sender, which then sends it without claiming it first
        Instant claimedUntil = requests.isEmpty() || store.hasUnsent(chatId) ? null : now.plus(delivery.claimDuration());
        for (int i = 0; i < requests.size(); i++) {
            ReplyTokens.Token forThis = i == 0 ? token : null;
            batches.add(store.insert(chatId, inboxEventId, forThis == null ? null : forThis.value(),
                    forThis == null ? null : forThis.expiresAt(), toJson(requests.get(i)), requests.get(i).size(),
                    origin.name(), now, now.plus(retryJobGrace), i == 0 ? claimedUntil : null));
        }
        // sent by the delivery's own threads: the caller (a dispatcher lane, a staff request) neither waits for LINE
        // nor keeps its database connection meanwhile
        AfterCommit.run(() -> delivery.deliverSoon(chatId, batches));
        return batches.stream().map(OutboxBatch::id).toList();
    }


    @Override
    public void showLoading(String userId, int seconds) {
        int rounded = Math.max(5, Math.min(60, (seconds + 4) / 5 * 5));
        try {
            api.clientFor(userId).showLoadingAnimation(new ShowLoadingAnimationRequest(userId, rounded))
                    .whenComplete((result, error) -> {
                        if (error != null) {
                            log.debug("loading animation not shown: {}", error.getClass().getSimpleName());
                        }
                    });
        } catch (RuntimeException e) {
            log.debug("loading animation not shown: {}", e.getClass().getSimpleName());
        }
    }

    private String toJson(List<OutgoingMessage> messages) {
        try {
            return messagesJson.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("messages cannot be stored", e);
        }
    }
}
