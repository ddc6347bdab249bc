package jp.tokyo.mcc.conversation.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.OutgoingMessages;

/** An outbox that keeps replies in memory (checking LINE's limits like the real one). */
public class CapturingOutbox implements Outbox {

    public final Map<Long, List<OutgoingMessage>> replies = new ConcurrentHashMap<>();
    public final List<Long> calls = new ArrayList<>();

    @Override
    public synchronized List<Long> reply(IncomingEvent event, List<OutgoingMessage> messages) {
        if (replies.containsKey(event.inboxId())) {
            throw new AssertionError("more than one reply to one event");
        }
        OutgoingMessages.prepare(messages);
        if (messages.size() > 5) {
            throw new AssertionError("more than 5 messages in one reply: " + messages.size());
        }
        replies.put(event.inboxId(), List.copyOf(messages));
        calls.add(event.inboxId());
        return List.of(event.inboxId());
    }

    @Override
    public List<Long> push(String userId, List<OutgoingMessage> messages, Origin origin) {
        throw new AssertionError("the conversation only replies");
    }

    @Override
    public void showLoading(String userId, int seconds) {
    }
}
