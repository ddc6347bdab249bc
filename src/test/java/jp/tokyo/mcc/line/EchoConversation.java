package jp.tokyo.mcc.line;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * A stand-in conversation for the channel's own tests: answers every event with what it saw, so tests can see
 * which events were handled, in which order, and how the answer travelled.
 */
@TestConfiguration
class EchoConversation {

    private final Outbox outbox;

    EchoConversation(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(IncomingEvent event) throws InterruptedException {
        if (event.kind() == IncomingEvent.Kind.UNFOLLOW) {
            return; // nothing can be sent to someone who blocked the account
        }
        String what = switch (event.kind()) {
            case MESSAGE -> event.isText() ? "text:" + event.text() : "message:" + event.messageType();
            case POSTBACK -> "postback:" + event.postbackData();
            default -> event.kind().name().toLowerCase();
        };
        if ("text:slow".equals(what)) {
            Thread.sleep(3500); // longer than the test's reply-token TTL (3 s)
        }
        outbox.reply(event, List.of(new OutgoingMessage.Text("echo " + what)));
    }
}
