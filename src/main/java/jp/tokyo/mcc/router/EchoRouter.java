package jp.tokyo.mcc.router;

import java.util.List;
import java.util.Locale;

import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;

/**
 * The benchmark's reference engine ({@code app.router.engine=echo}, never on a real channel): answers every event
 * at once with one fixed text, through the same webhook, inbox, dispatcher and outbox as the conversation, so that
 * {@code bench/run.sh} measures the channel's own cost beside the real engine's in one run (docs/benchmark.md).
 */
class EchoRouter {

    private final Outbox outbox;
    private final String text;

    EchoRouter(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.text = messages.getMessage("router.echo", null, Locale.JAPANESE);
    }

    @EventListener
    void route(IncomingEvent event) {
        if (event.kind() != IncomingEvent.Kind.UNFOLLOW) {
            outbox.reply(event, List.of(new OutgoingMessage.Text(text)));
        }
    }
}
