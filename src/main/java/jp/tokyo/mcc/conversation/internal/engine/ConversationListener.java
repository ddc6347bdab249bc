package jp.tokyo.mcc.conversation.internal.engine;

import jp.tokyo.mcc.line.IncomingEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Family events from the LINE channel (published synchronously inside the dispatcher's transaction).
 * Switched off with {@code app.conversation.enabled=false}.
 */
@Component
@ConditionalOnProperty(prefix = "app.conversation", name = "enabled", havingValue = "true", matchIfMissing = true)
class ConversationListener {

    private final ConversationService conversations;

    ConversationListener(ConversationService conversations) {
        this.conversations = conversations;
    }

    @EventListener
    void on(IncomingEvent event) {
        conversations.handle(event);
    }
}
