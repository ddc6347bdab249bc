package jp.tokyo.mcc.router.trial;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.OutgoingMessages;

/** An outbox that keeps replies in memory (checking LINE's limits like the real one); nothing is sent anywhere. */
public class CapturingOutbox implements Outbox {

    public final Map<Long, List<OutgoingMessage>> replies = new ConcurrentHashMap<>();

    @Override
    public synchronized List<Long> reply(IncomingEvent event, List<OutgoingMessage> messages) {
        if (replies.containsKey(event.inboxId())) {
            throw new IllegalStateException("more than one reply to one event");
        }
        OutgoingMessages.prepare(messages);
        replies.put(event.inboxId(), List.copyOf(messages));
        return List.of(event.inboxId());
    }

    @Override
    public List<Long> push(String userId, List<OutgoingMessage> messages, Origin origin) {
        throw new IllegalStateException("the bot only replies to a family's events");
    }

    @Override
    public void showLoading(String userId, int seconds) {
    }
}
